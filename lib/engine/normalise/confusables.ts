import type { Units } from './units';

/**
 * Look-alike letters in mixed-script words: "pаsspоrt" typed with Cyrillic а and о, or "рабoта"
 * with a Latin o, is written to dodge keyword filters. Within one word, letters of the minority
 * script are mapped to their look-alikes in the majority script (after Unicode TR39 confusables,
 * restricted to lower-case Latin, Cyrillic and Greek pairs that render alike in common fonts).
 */
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ү: 'y', ɡ: 'g',
};
const GRK_TO_LAT: Record<string, string> = {
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const LAT_TO_CYR: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

type Script = 'lat' | 'cyr' | 'grk' | 'other';
function scriptOf(cp: number): Script {
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0xdf && cp <= 0x24f) || cp === 0x261) return 'lat';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyr';
  if (cp >= 0x370 && cp <= 0x3ff) return 'grk';
  return 'other';
}

function isWordCp(cp: number): boolean {
  return scriptOf(cp) !== 'other' || (cp >= 0x30 && cp <= 0x39);
}

/** Rewrites mixed Latin/Cyrillic/Greek words in place, unit by unit (offsets are unchanged). */
export function foldConfusables(u: Units): void {
  const n = u.cps.length;
  let i = 0;
  while (i < n) {
    if (!isWordCp(u.cps[i]!)) { i++; continue; }
    let j = i;
    let lat = 0, cyr = 0, grk = 0;
    while (j < n && isWordCp(u.cps[j]!)) {
      const s = scriptOf(u.cps[j]!);
      if (s === 'lat') lat++; else if (s === 'cyr') cyr++; else if (s === 'grk') grk++;
      j++;
    }
    const scripts = (lat > 0 ? 1 : 0) + (cyr > 0 ? 1 : 0) + (grk > 0 ? 1 : 0);
    if (scripts > 1) {
      const target: Script = cyr > lat + grk ? 'cyr' : 'lat';
      for (let k = i; k < j; k++) {
        const ch = String.fromCodePoint(u.cps[k]!);
        const s = scriptOf(u.cps[k]!);
        const mapped = target === 'lat' ? (s === 'cyr' ? CYR_TO_LAT[ch] : s === 'grk' ? GRK_TO_LAT[ch] : undefined) : s === 'lat' ? LAT_TO_CYR[ch] : undefined;
        if (mapped) u.cps[k] = mapped.codePointAt(0)!;
      }
    }
    i = j;
  }
}
