// OpenCC's Traditional-to-Simplified character table (opencc-js, Apache-2.0 data): one
// "traditional simplified" pair per entry, the first simplified form being the usual one.
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/**
 * Traditional Chinese characters folded to Simplified, one character to one, so a rule written
 * "护照 保管" matches a Hong Kong or Taiwan ad's "護照 保管" and the other way round (ads in `zh`
 * mix both scripts). Built on first use.
 */
let map: Map<number, number> | undefined;

export function simplifiedOf(cp: number): number | undefined {
  if (cp < 0x3400) return undefined; // below the CJK blocks: nothing to fold
  map ??= build();
  return map.get(cp);
}

function build(): Map<number, number> {
  const m = new Map<number, number>();
  for (const entry of (TS_CHARACTERS as string).split('|')) {
    const [t, s] = entry.split(' ');
    if (!t || !s) continue;
    const tc = t.codePointAt(0)!;
    const sc = s.codePointAt(0)!;
    // Only single characters on both sides: the offset map stays one character to one.
    if ([...t].length === 1 && [...s].length === 1 && tc !== sc) m.set(tc, sc);
  }
  return m;
}
