import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../lib/feed/base64';

describe('strict base64', () => {
  it('round-trips every length and matches Node\'s encoder', () => {
    for (let n = 0; n < 80; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
  });

  it('accepts exactly one spelling: no whitespace, no missing padding, no stray padding bits', () => {
    expect(decodeBase64('QUJD')).toEqual(new Uint8Array([65, 66, 67]));
    for (const bad of ['QUJ', 'QU JD', 'QUJD\n', 'QQ=', 'QR==', 'QUI=QUJD', 'QUJ-', 'QU==QUJD', 'Q===', 'ÀUJD']) expect(decodeBase64(bad), bad).toBeNull();
  });
});
