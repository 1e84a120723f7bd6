/** The shape of a message tree with every leaf widened to `string`: what a translation must provide. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
