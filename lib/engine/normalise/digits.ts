/**
 * Decimal digits of any script become ASCII digits, so "١٥٠٠ درهم" and "१५०००" read as numbers.
 * Zeros of the Unicode Nd blocks used by the languages we cover (Unicode 15, DerivedNumericType).
 */
const ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0,
  0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/** The ASCII digit code point for a decimal digit of any listed script, or -1. */
export function asciiDigit(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp;
  for (const zero of ZEROS) {
    if (cp >= zero && cp <= zero + 9) return 0x30 + (cp - zero);
  }
  return -1;
}
