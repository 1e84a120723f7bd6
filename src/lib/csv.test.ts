import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, guardFormula, quoteCsvCell } from './csv';

describe('guardFormula', () => {
  it.each(['=SUM(A1:A2)', '+1+1', '-2+3', '@cmd', '=HYPERLINK("http://x")', '\t=1', '\r=1'])(
    'makes %j inert with a leading apostrophe',
    (value) => expect(guardFormula(value)).toBe(`'${value}`),
  );

  it.each(['plain', 'a=b', '', '12', '-12', '-0.5', 'Zoë 张'])('leaves %j alone', (value) =>
    expect(guardFormula(value)).toBe(value),
  );
});

describe('quoteCsvCell', () => {
  it('quotes separators, quotes and line breaks, doubling inner quotes', () => {
    expect(quoteCsvCell('a,b')).toBe('"a,b"');
    expect(quoteCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(quoteCsvCell(' padded ')).toBe('" padded "');
    expect(quoteCsvCell('plain')).toBe('plain');
  });
});

describe('csvCell and csvRow', () => {
  it('guards before quoting, writes objects as JSON and empty for null', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvRow(['a', 'b,c', 3])).toBe('a,"b,c",3\r\n');
  });
});
