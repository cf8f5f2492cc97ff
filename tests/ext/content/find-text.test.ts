// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextRanges } from '../../../lib/ext/content/find-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test markup only
  return document.body;
}

describe('findTextRanges', () => {
  it('finds text split across elements and odd whitespace', () => {
    const root = page('<p>Your <b>passport</b>\n   will be\tkept by the employer.</p>');
    const [r] = findTextRanges(root, ['passport will be kept']);
    expect(r).toBeDefined();
    expect(r!.toString().replace(/\s+/g, ' ')).toBe('passport will be kept');
  });

  it('falls back to a case-insensitive match and reports what is missing', () => {
    const root = page('<div>PROCESSING FEE 15,000 PHP</div>');
    const [a, b] = findTextRanges(root, ['processing fee', 'not on the page']);
    expect(a!.toString()).toBe('PROCESSING FEE');
    expect(b).toBeUndefined();
  });

  it('ignores scripts, styles and very short needles', () => {
    const root = page('<script>var passport = 1</script><style>.passport{}</style><p>x</p>');
    expect(findTextRanges(root, ['passport', 'x'])).toEqual([undefined, undefined]);
  });

  it('handles right-to-left text and combining marks', () => {
    const root = page('<p dir="rtl">سيتم الاحتفاظ <span>بجواز السفر</span> لدى الكفيل</p>');
    expect(findTextRanges(root, ['بجواز السفر لدى'])[0]!.toString()).toBe('بجواز السفر لدى');
  });
});
