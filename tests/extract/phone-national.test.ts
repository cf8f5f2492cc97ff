import { describe, expect, it } from 'vitest';
import { nationalMobile } from '../../lib/extract/phone-national';

describe('nationalMobile: national-format numbers read with the countries a posting names', () => {
  it.each([
    ['UK landline', '01134960871', ['GB'], false],
    ['UK mobile', '07700900123', ['GB'], true],
    ['India landline (STD code)', '05224555367', ['IN'], false],
    ['India mobile with trunk 0', '09876543210', ['IN'], true],
    ['Philippine landline', '0285550123', ['PH'], false],
    ['no country named', '01134960871', [], undefined],
    ['only countries without a trunk-0 plan', '01134960871', ['ES', 'US'], undefined],
    ['a mobile in any named country wins', '09876543210', ['GB', 'IN'], true],
    ['no trunk 0', '1134960871', ['GB'], undefined],
    ['international prefix 00', '00441134960871', ['GB'], undefined],
    ['too short', '012345', ['GB'], undefined],
  ] as [string, string, string[], boolean | undefined][])('%s', (_n, digits, countries, expected) => {
    expect(nationalMobile(digits, countries)).toBe(expected);
  });
});
