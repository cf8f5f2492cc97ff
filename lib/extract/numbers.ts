/**
 * Numbers as written in ads, on folded text (ASCII digits): "25,000", "1.000", "5 000", "2.500,00",
 * "1,50,000" (Indian grouping), "10.42". Thousands groups are exactly three digits with one
 * consistent separator, so "1.000" is a thousand while "10.42" and "12,5" are decimals.
 */

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** "0917…": a leading zero before another digit is a phone or an ID, never an amount. */
  leadingZero: boolean;
  /** Part of a date, version or time ("12.05.2024", "9:30"): not an amount. */
  notAmount: boolean;
}

// Alternatives: Indian lakh grouping; grouped thousands (one separator kind, back-referenced);
// plain digits with an optional one- or two-digit decimal part. Every quantifier is bounded.
const NUM =
  /(?<!\d)(?<!\d[.,])(?:(\d{1,2}(?:,\d{2}){1,3},\d{3})(?!\d)(\.\d{1,2}(?!\d))?|(\d{1,3})([ .,'])(\d{3}(?!\d)(?:\4\d{3}(?!\d)){0,4})([.,]\d{1,2}(?!\d))?|(\d{1,12})(?!\d)([.,]\d{1,2}(?!\d))?)/g;

export function scanNumbers(p: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUM.lastIndex = 0;
  for (let m = NUM.exec(p); m; m = NUM.exec(p)) {
    const start = m.index;
    let end = start + m[0].length;
    let value: number;
    if (m[1] !== undefined) {
      value = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
    } else if (m[3] !== undefined) {
      const sep = m[4]!;
      const dec = m[6];
      if (dec !== undefined && dec[0] === sep) {
        // "1,234,5" style: the decimal separator equals the grouping one, so this is no grouped number.
        end -= dec.length;
        value = Number((m[3] + m[5]!).split(sep).join(''));
      } else {
        const intPart = m[3] + m[5]!.split(sep).join('');
        value = m[3] === '0' && sep !== ' ' ? Number(`0.${m[5]!.split(sep).join('')}`) : Number(intPart + (dec ? `.${dec.slice(1)}` : ''));
      }
    } else {
      const dec = m[8];
      value = Number(m[7]! + (dec ? `.${dec.slice(1)}` : ''));
    }
    const raw = p.slice(start, end);
    const next = p.charCodeAt(end);
    const next2 = p.charCodeAt(end + 1);
    const prev = p.charCodeAt(start - 1);
    const isD = (c: number) => c >= 0x30 && c <= 0x39;
    const notAmount =
      ((next === 0x2e || next === 0x2c || next === 0x3a || next === 0x2f) && isD(next2)) || // 12.05.2024, 9:30, 12/05
      (prev === 0x3a && isD(p.charCodeAt(start - 2))) ||
      (prev === 0x2f && isD(p.charCodeAt(start - 2)));
    out.push({ start, end, value, leadingZero: raw.length > 1 && raw[0] === '0' && isD(raw.charCodeAt(1)), notAmount });
    if (end < NUM.lastIndex) NUM.lastIndex = end;
  }
  return out;
}
