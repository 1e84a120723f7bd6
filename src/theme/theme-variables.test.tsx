import { render } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppTheme } from './app-theme';
import { applyThemeVariables, themeVariableRules } from './theme-variables';
import { themeStylesheet } from './theme-stylesheet';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

afterEach(() => {
  document.head.innerHTML = '';
});

/** A stylesheet's text as comparable rules: no spaces after commas, no vendor-prefixed copies. */
function normalised(css: string): string[] {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => {
    const declarations = body!
      .split(';')
      .filter((declaration) => declaration && !declaration.startsWith('-webkit-'));
    return `${selector!.replace(/,\s*/g, ',')}{${declarations.join(';').replace(/,\s*/g, ',')}}`;
  });
}

/** The rules MUI's ThemeProvider hands to Emotion for this theme, as Emotion writes them. */
function rulesEmotionWrites(theme: ReturnType<typeof createAppTheme>): string[] {
  const { unmount } = render(
    <ThemeProvider theme={theme} defaultMode="system" noSsr>
      <span />
    </ThemeProvider>,
  );
  const text = [...document.head.querySelectorAll('style[data-emotion]')]
    .map((style) => style.textContent)
    .join('');
  unmount();
  return normalised(text);
}

describe('theme variables', () => {
  it('are in theme-variables.css as the theme writes them (else run scripts/theme-css.ts)', () => {
    // Read from the disk: the test runner hands CSS modules over empty.
    const file = readFileSync(join(process.cwd(), 'src/theme/theme-variables.css'), 'utf8');
    expect(file).toBe(themeStylesheet());
  });

  it('writes the rules Emotion would, for the default theme and a brand colour', () => {
    for (const theme of [createAppTheme(), createAppTheme('#0a7d55')]) {
      const rules = themeVariableRules(theme);
      expect(rules).toHaveLength(3);
      // Emotion's vendor-prefixed copies (-webkit-print-color-scheme) are left out by normalised().
      expect(rulesEmotionWrites(theme)).toEqual(normalised(rules.join('')));
    }
  });

  it('declares each scheme under its class, with the brand colour in both', () => {
    const [root, light, dark] = themeVariableRules(createAppTheme('#0a7d55'));
    expect(root).toMatch(/^:root\{--mui-spacing:8px;/);
    expect(light).toMatch(/^:root, \.light\{color-scheme:light;/);
    expect(light).toContain('--mui-palette-primary-main:#0a7d55;');
    expect(dark).toMatch(/^\.dark\{color-scheme:dark;/);
    expect(dark).toContain('--mui-palette-primary-main:#0a7d55;');
    expect(dark).toContain('--mui-palette-error-main:#ff8a80;');
  });

  it('puts the rules in a stylesheet of their own, and takes it away', () => {
    const remove = applyThemeVariables(createAppTheme());
    const styles = document.head.querySelectorAll('style[data-theme-variables]');
    expect(styles).toHaveLength(1);
    const sheet = (styles[0] as HTMLStyleElement).sheet!;
    expect([...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText)).toEqual([
      ':root',
      ':root, .light',
      '.dark',
    ]);
    expect(styles[0]!.textContent).toBe(''); // filled through the CSSOM, as the CSP requires
    remove();
    expect(document.head.querySelector('style[data-theme-variables]')).toBeNull();
  });
});
