/**
 * Mobile-number plans, to tell a personal mobile from a landline or a company line where the
 * numbering plan makes it possible (ITU-T E.164 national plans). Keys are country calling codes;
 * patterns apply to the national significant number (no trunk 0). Codes absent here (NANP
 * among them, where mobiles and landlines share area codes) give no answer.
 */
export const MOBILE_BY_CODE: Record<string, RegExp> = {
  '7': /^9\d{9}$/, // Russia, Kazakhstan (7 7xx is Kazakh mobile)
  '20': /^1[0125]\d{8}$/, // Egypt
  '27': /^[6-8]\d{8}$/, // South Africa
  '33': /^[67]\d{8}$/, // France
  '34': /^[67]\d{8}$/, // Spain
  '39': /^3\d{8,9}$/, // Italy
  '40': /^7\d{8}$/, // Romania
  '44': /^7\d{9}$/, // United Kingdom
  '48': /^[4-8]\d{8}$/, // Poland
  '49': /^1[5-7]\d{8,9}$/, // Germany
  '52': /^1?\d{10}$/, // Mexico
  '55': /^\d{2}9\d{8}$/, // Brazil
  '60': /^1\d{8,9}$/, // Malaysia
  '62': /^8\d{8,11}$/, // Indonesia
  '63': /^9\d{9}$/, // Philippines
  '64': /^2\d{7,9}$/, // New Zealand
  '65': /^[89]\d{7}$/, // Singapore
  '66': /^[689]\d{8}$/, // Thailand
  '81': /^[789]0\d{8}$/, // Japan
  '82': /^1\d{8,9}$/, // South Korea
  '84': /^(?:3|5|7|8|9)\d{8}$/, // Viet Nam
  '86': /^1[3-9]\d{9}$/, // China
  '90': /^5\d{9}$/, // Turkey
  '91': /^[6-9]\d{9}$/, // India
  '92': /^3\d{9}$/, // Pakistan
  '93': /^7\d{8}$/, // Afghanistan
  '94': /^7\d{8}$/, // Sri Lanka
  '95': /^9\d{7,9}$/, // Myanmar
  '212': /^[67]\d{8}$/, // Morocco
  '233': /^[25]\d{8}$/, // Ghana
  '234': /^[789][01]\d{8}$/, // Nigeria
  '251': /^[79]\d{8}$/, // Ethiopia
  '254': /^[17]\d{8}$/, // Kenya
  '255': /^[67]\d{8}$/, // Tanzania
  '256': /^7\d{8}$/, // Uganda
  '355': /^6\d{8}$/, // Albania
  '359': /^[89]\d{8}$/, // Bulgaria
  '373': /^[67]\d{7}$/, // Moldova
  '380': /^[3-9]\d{8}$/, // Ukraine (mobile operator codes 39, 50, 63, 66-68, 73, 9x)
  '375': /^(?:25|29|33|44)\d{7}$/, // Belarus
  '852': /^[4-79]\d{7}$/, // Hong Kong
  '853': /^6\d{7}$/, // Macau
  '855': /^(?:1|6|7|8|9)\d{7,8}$/, // Cambodia
  '856': /^20\d{8}$/, // Laos
  '880': /^1[3-9]\d{8}$/, // Bangladesh
  '886': /^9\d{8}$/, // Taiwan
  '960': /^[79]\d{6}$/, // Maldives
  '961': /^(?:3|7[0169]|8[01])\d{6}$/, // Lebanon
  '962': /^7[789]\d{7}$/, // Jordan
  '964': /^7\d{9}$/, // Iraq
  '965': /^[569]\d{7}$/, // Kuwait
  '966': /^5\d{8}$/, // Saudi Arabia
  '967': /^7\d{8}$/, // Yemen
  '968': /^[79]\d{7}$/, // Oman
  '970': /^5[69]\d{7}$/, // Palestine
  '971': /^5\d{8}$/, // United Arab Emirates
  '972': /^5\d{8}$/, // Israel
  '973': /^[36]\d{7}$/, // Bahrain
  '974': /^[3-7]\d{7}$/, // Qatar
  '975': /^(?:17|77)\d{6}$/, // Bhutan
  '976': /^[89]\d{7}$/, // Mongolia
  '977': /^9[678]\d{8}$/, // Nepal
  '992': /^9\d{8}$/, // Tajikistan
  '994': /^(?:10|5[015]|7[07]|99)\d{7}$/, // Azerbaijan
  '995': /^5\d{8}$/, // Georgia
  '996': /^[57]\d{8}$/, // Kyrgyzstan
  '998': /^9\d{8}$/, // Uzbekistan
};

/**
 * Local (trunk-0 or bare) numbers whose shape alone says "mobile" in the countries we serve:
 * Philippines 09xx, Bangladesh 01[3-9], Nepal 98/97, India 10-digit 6-9, Indonesia 08xx,
 * Gulf 05x, Viet Nam 0[35789], Thailand 0[689], Myanmar 09, Ethiopia 09, Kenya 07, UK 07.
 */
export const LOCAL_MOBILE: RegExp[] = [
  /^09\d{9}$/, /^01[3-9]\d{8}$/, /^9[678]\d{8}$/, /^[6-9]\d{9}$/, /^08\d{8,11}$/, /^05\d{8}$/, /^0[35789]\d{8}$/, /^0[689]\d{8}$/,
  /^09\d{7,9}$/, /^07\d{8,9}$/,
];
