// MUI's theme, with `cssVariables`, declares its colours, fonts, shadows and shapes as CSS
// variables in rules that its ThemeProvider hands to Emotion, which serialises and parses their
// ~400 declarations during the first render: about 50 ms of it on a fast machine, four times that
// on a phone. The rules are flat (a selector and its declarations), so they are written as text:
// for the app's own theme once, into theme-variables.css (scripts/theme-css.ts), and for an
// embedding host's brand colour at run time, for the browser's own CSS parser. MUI's providers
// are told not to build them.

type Declarations = Record<string, string | number>;

/** What is read of the theme: MUI's theme made with `cssVariables`. */
interface ThemeWithVariables {
  generateStyleSheets: () => object[];
}

/** `colorScheme` → `color-scheme`; custom properties (`--mui-…`) stay as they are. */
function propertyName(key: string): string {
  return key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The theme's variable rules as CSS text, one rule per item, in MUI's order. */
export function themeVariableRules(theme: ThemeWithVariables): string[] {
  const sheets = theme.generateStyleSheets() as Record<string, Declarations>[];
  return sheets.flatMap((sheet) =>
    Object.entries(sheet).map(([selector, declarations]) => {
      const body = Object.entries(declarations).map(([key, value]) => {
        // MUI's variable rules hold values only; a nested rule would need Emotion's serialiser.
        if (typeof value === 'object') throw new Error(`Nested theme rule in ${selector}: ${key}`);
        return `${propertyName(key)}:${value}`;
      });
      return `${selector}{${body.join(';')}}`;
    }),
  );
}

/**
 * Puts the theme's variables in a stylesheet of their own; the returned function takes it away
 * (for the next theme). An empty `<style>` filled through the CSSOM, as Emotion's own are: the
 * documented CSP allows exactly that (deployment.md, `style-src`).
 */
export function applyThemeVariables(theme: ThemeWithVariables): () => void {
  const style = document.createElement('style');
  style.dataset.themeVariables = '';
  document.head.append(style);
  const sheet = style.sheet;
  if (sheet) {
    for (const rule of themeVariableRules(theme)) sheet.insertRule(rule, sheet.cssRules.length);
  }
  return () => style.remove();
}
