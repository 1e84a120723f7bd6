// Differences between the demo store and a real WooCommerce 7.9 store that are kept on purpose,
// by the corpus case's name, each with its reason. demo-store/README.md lists the same.
export const DOCUMENTED: Record<string, string> = {};
