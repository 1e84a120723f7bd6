import { describe, expect, it } from 'vitest';
import { avatarInitials, avatarTone, AVATAR_TONES } from './avatar-initials';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const firstGrapheme = (text: string) => [...graphemes.segment(text)][0]?.segment ?? '';

describe('avatarInitials', () => {
  it('takes the first letters of first and last name, upper-cased', () => {
    expect(avatarInitials({ first_name: 'ada', last_name: 'Lovelace' })).toBe('AL');
    expect(avatarInitials({ first_name: '  Émile ', last_name: '' })).toBe('É');
    expect(avatarInitials({ first_name: '伟', last_name: '张' })).toBe('伟张');
  });

  it('falls back to the email, then the username, then #', () => {
    expect(avatarInitials({ email: 'zoe@example.test' })).toBe('Z');
    expect(avatarInitials({ username: 'q.smith' })).toBe('Q');
    expect(avatarInitials({})).toBe('#');
  });

  // The quick path must agree with the segmenter on every kind of first character.
  it.each([
    'Anna',
    'A',
    'Åsa',
    'E\u0301mile', // e + combining acute
    'Ñ',
    '张伟',
    '한국',
    'ᄒ\u1161ᆫ', // Hangul jamo, one syllable
    'क्षत्रिय',
    'ไทย',
    '👩‍💻 Dev',
    '👍🏽 ok',
    '🇩🇪 Berlin',
    '𝒜lice',
    'a\u200db',
    '❤\ufe0f love',
  ])('keeps %s whole as the segmenter would', (name) => {
    expect(avatarInitials({ first_name: name })).toBe(firstGrapheme(name).toLocaleUpperCase());
  });
});

describe('avatarTone', () => {
  it('is stable per customer and within range', () => {
    expect(avatarTone({ id: 12 })).toBe(avatarTone({ id: 12, email: 'x@y.z' }));
    for (let id = 1; id < 50; id += 1) {
      const tone = avatarTone({ id });
      expect(tone).toBeGreaterThanOrEqual(0);
      expect(tone).toBeLessThan(AVATAR_TONES);
    }
  });
});
