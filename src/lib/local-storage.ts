// Storage can throw (blocked in a third-party iframe, private mode, quota), and whatever is stored
// may have been written by an older build or by hand. Readers get `undefined` rather than an error.

export function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Best effort: a preference that cannot be saved still applies for this page's lifetime. */
export function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Nothing to do: see above.
  }
}
