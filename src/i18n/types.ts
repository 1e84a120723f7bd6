/**
 * The shape of the app's strings, filled in by the app (`app/i18n-strings.d.ts` augments this
 * interface with `strings: typeof en & …`), so that `t('connect.title')` is checked at compile
 * time and an unknown key is a type error. Shared code cannot import the app's strings itself.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by augmentation
export interface Register {}

type Strings = Register extends { strings: infer S } ? S : Record<string, unknown>;

/** A plural form's key (`added_one`) is asked for by its base (`added`, with `count`). */
type PluralBase<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'other'}`
  ? Base | K
  : K;

/** Every leaf of a string tree as a dotted path: `connect.errors.timeout`. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${PluralBase<K>}`
    : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = Register extends { strings: unknown } ? Paths<Strings> : string;

/**
 * `{{name}}` placeholders are filled from the options of the same name; `count` also picks the
 * plural form; `defaultValue` is shown when no language has the key.
 */
export interface TOptions {
  count?: number;
  defaultValue?: string;
  [variable: string]: unknown;
}

export type TFunction = (key: TranslationKey, options?: TOptions) => string;
