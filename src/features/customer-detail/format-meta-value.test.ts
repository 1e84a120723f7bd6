import { describe, expect, it } from 'vitest';
import { formatMetaValue, isInternalMetaKey } from './format-meta-value';

describe('formatMetaValue', () => {
  it('shows text as it is', () => {
    expect(formatMetaValue('gold')).toEqual({ text: 'gold', structured: false });
    expect(formatMetaValue('')).toEqual({ text: '', structured: false });
  });

  it('shows objects and arrays as indented JSON', () => {
    expect(formatMetaValue({ id: 5, tags: ['a'] })).toEqual({
      text: '{\n  "id": 5,\n  "tags": [\n    "a"\n  ]\n}',
      structured: true,
    });
    expect(formatMetaValue([])).toEqual({ text: '[]', structured: true });
  });

  it('spells numbers, booleans and null as JSON so null is not an empty string', () => {
    expect(formatMetaValue(3)).toEqual({ text: '3', structured: false });
    expect(formatMetaValue(false)).toEqual({ text: 'false', structured: false });
    expect(formatMetaValue(null)).toEqual({ text: 'null', structured: false });
  });
});

describe('isInternalMetaKey', () => {
  it('flags keys starting with an underscore', () => {
    expect(isInternalMetaKey('_wc_last_active')).toBe(true);
    expect(isInternalMetaKey('vip')).toBe(false);
    expect(isInternalMetaKey('a_b')).toBe(false);
  });
});
