import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AVATAR_TONES } from '../lib/avatar-initials';

// Read from disk: the test run leaves stylesheets out of the modules it imports.
const css = readFileSync(join(import.meta.dirname, 'customer-avatar.css'), 'utf8');

describe('avatar stylesheet', () => {
  it('gives each tone the initials can get a hue of its own, and no more tones', () => {
    const hues = [...css.matchAll(/\.cd-avatar\[data-tone='(\d+)'\] \{\s*--cd-hue: (\d+);/g)];
    expect(hues.map(([, tone]) => Number(tone))).toEqual(
      Array.from({ length: AVATAR_TONES }, (_, tone) => tone),
    );
    expect(new Set(hues.map(([, , hue]) => hue)).size).toBe(AVATAR_TONES);
  });
});
