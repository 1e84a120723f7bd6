// Running inside a host page's iframe: the bridge that speaks the postMessage protocol.
export { EmbedBridge } from './embed-bridge';
