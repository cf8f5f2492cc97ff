import { MOBILE_BY_CODE } from './phone-prefixes';

/**
 * Numbers written in national format ("0113 496 0871", "0522-455 5367") carry no country code,
 * so the numbering plan alone cannot tell a landline from a mobile. The posting's countries can:
 * read with the trunk 0 removed, a number that is not a mobile in any country the posting names
 * is a fixed line there. Only countries whose plans use a trunk prefix 0 are listed (ITU-T
 * national numbering plans); where the trunk prefix is 8 (Russia), absent (Spain, Italy, Gulf
 * states without one, NANP) or part of the number, no answer is given.
 */
const TRUNK0_CODE: Record<string, string> = {
  GB: '44', IE: '353', FR: '33', DE: '49', RO: '40', UA: '380', AL: '355', BG: '359', MD: '373', TR: '90', IL: '972',
  IN: '91', PK: '92', BD: '880', NP: '977', LK: '94', AF: '93',
  PH: '63', ID: '62', MY: '60', TH: '66', VN: '84', MM: '95', KH: '855', LA: '856',
  CN: '86', TW: '886', JP: '81', KR: '82', NZ: '64',
  AE: '971', SA: '966', EG: '20', MA: '212', JO: '962', LB: '961', IQ: '964', YE: '967',
  KE: '254', NG: '234', GH: '233', ET: '251', UG: '256', TZ: '255', ZA: '27', GE: '995', AZ: '994', KG: '996',
};

/** true: a mobile in one of the countries; false: fixed in every one that has a plan; undefined: no plan applies. */
export function nationalMobile(digits: string, countries: readonly string[]): boolean | undefined {
  if (digits[0] !== '0' || digits[1] === '0') return undefined; // 00 starts an international number
  const nsn = digits.slice(1);
  if (nsn.length < 7 || nsn.length > 11) return undefined;
  let known = false;
  for (const c of countries) {
    const code = TRUNK0_CODE[c];
    const plan = code ? MOBILE_BY_CODE[code] : undefined;
    if (!plan) continue;
    if (plan.test(nsn)) return true;
    known = true;
  }
  return known ? false : undefined;
}
