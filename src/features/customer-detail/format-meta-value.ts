/** A meta value for reading: text as it is, anything structured as indented JSON. */
export function formatMetaValue(value: unknown): { text: string; structured: boolean } {
  if (typeof value === 'string') return { text: value, structured: false };
  if (value !== null && typeof value === 'object') {
    return { text: JSON.stringify(value, null, 2), structured: true };
  }
  // Numbers, booleans and null: their JSON spelling, so `null` is not confused with "".
  return { text: JSON.stringify(value) ?? String(value), structured: false };
}

/** Keys starting with "_" are a plugin's private data by WordPress convention. */
export function isInternalMetaKey(key: string): boolean {
  return key.startsWith('_');
}
