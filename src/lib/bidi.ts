// Explicit bidi controls (embeddings, overrides, isolates) have no place in a file or product name:
// Arabic and Hebrew names display correctly without them. In a name they are a disguise, e.g.
// "invoice\u202Efdp.exe" shows as "invoiceexe.pdf". Where store text names something a person may
// open, they are shown as visible code points instead. The stored value is never changed.

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** "invoice[U+202E]fdp.exe": each control made visible, everything else untouched. */
export function revealBidiControls(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (control) => `[U+${control.codePointAt(0)?.toString(16).toUpperCase() ?? ''}]`,
  );
}
