import { describe, expect, it } from 'vitest';
import { htmlTitle, htmlToText } from './html-text';
import { parseJsonLenient } from './json-body';

describe('parseJsonLenient', () => {
  it.each([
    ['{"a":1}', { a: 1 }],
    ['\uFEFF[1,2]', [1, 2]],
    ['<br />\n<b>Notice</b>: x [1] {oops<br />\n{"id":1}', { id: 1 }],
    ['<b>Deprecated</b>: y<br />[]', []],
    ['{"id":2}<br /><b>Warning</b>: after the JSON', { id: 2 }],
    ['Notice: "quoted { brace"\n{"s":"} ] \\" {"}', { s: '} ] " {' }],
  ])('reads %j', (text, value) => {
    expect(parseJsonLenient(text)).toEqual({ ok: true, value });
  });

  it.each(['', '<html><body>Hello</body></html>', '<style>a{b:c}</style>', '{unterminated'])(
    'refuses %j',
    (text) => {
      expect(parseJsonLenient(text)).toEqual({ ok: false });
    },
  );
});

describe('htmlToText', () => {
  it('strips tags, scripts and entities', () => {
    expect(
      htmlToText(
        '<p>A &amp; B&nbsp;&ndash; <a href="x">C</a></p><script>alert(1)</script>&#39;&#x263A;',
      ),
    ).toBe("A & B – C '☺");
    expect(htmlToText('Error: <strong>x</strong><br/>y')).toBe('Error: x y');
  });

  it('finds the title of an error page', () => {
    expect(htmlTitle('<html><head><title> 504 Gateway Time-out </title></head></html>')).toBe(
      '504 Gateway Time-out',
    );
    expect(htmlTitle('<p>no title</p>')).toBeUndefined();
  });
});

describe('parseJsonLenient with notices around the JSON', () => {
  it('prefers the largest block when text follows the JSON', () => {
    expect(parseJsonLenient('Notice [2] here<br/>{"id":3,"a":[1]}<br/>Warning [4]')).toEqual({
      ok: true,
      value: { id: 3, a: [1] },
    });
  });
});
