/**
 * Free and disposable e-mail providers: an address there says nothing about an employer.
 * `FREE_BRANDS` match under any country ending (yahoo.co.in, hotmail.fr, outlook.com.br).
 */
export const FREE_BRANDS = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'live', 'msn', 'aol', 'yandex', 'gmx', 'protonmail',
  'proton', 'tutanota', 'tuta', 'zoho', 'zohomail', 'rediffmail', 'mail', 'email', 'inbox', 'icloud', 'me', 'mac', 'libero', 'laposte',
  'rambler', 'sina', 'sohu', 'naver', 'daum', 'hanmail', 'seznam', 'interia', 'onet', 'wp', 'o2', 'abv', 'ukr', 'bigpond', 'btinternet',
  'wanadoo', 'sfr', 'virgilio', 'terra', 'uol', 'ig', 'mynet', 'walla', 'pm', 'fastmail', 'hushmail', 'lycos',
  'excite', 'usa', 'myself', 'post', 'posteo', 'mailfence', 'cock', 'disroot', 'riseup', 'yopmail', 'mailinator', 'guerrillamail',
  'sharklasers', 'grr', 'guerrillamailblock', '10minutemail', '20minutemail', 'temp-mail', 'tempmail', 'tempmailo', 'throwawaymail',
  'trashmail', 'getnada', 'nada', 'dispostable', 'maildrop', 'mailnesia', 'mintemail', 'fakeinbox', 'emailondeck', 'mohmal', 'burnermail',
  'mailcatch', 'spamgourmet', 'mytemp', 'tempinbox', 'tempr', 'discard', 'moakt', 'emailfake', 'fakemail', 'crazymailing', 'mail7',
  'linshiyouxiang', 'bccto', 'chacuo', '33mail', 'anonaddy', 'duck', 'simplelogin', 'inboxkitten', 'mailpoof', 'tmpmail', 'tmail',
]);

/** Providers known by their full domain (the brand alone would be too broad). */
export const FREE_DOMAINS = new Set([
  'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru', 'ya.ru', 'yandex.ru', 'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net',
  '139.com', '188.com', 'aliyun.com', 'vip.qq.com', 'vip.163.com', 'i.ua', 'meta.ua', 'ukr.net', 'web.de', 'freenet.de', 't-online.de',
  'proton.me', 'pm.me', 'tuta.io', 'mail.com', 'email.com', 'usa.com', 'gmx.com', 'gmx.net', 'rediff.com', 'sify.com', 'yahoo.com',
  'aol.com', 'att.net', 'comcast.net', 'verizon.net', 'cox.net', 'sbcglobal.net', 'rogers.com', 'shaw.ca', 'sympatico.ca', 'optusnet.com.au',
  'xtra.co.nz', 'windowslive.com', 'passport.com', 'vnn.vn', 'fpt.vn', 'singnet.com.sg', 'pacific.net.sg', 'tm.net.my', 'streamyx.com',
  'pldtdsl.net', 'globe.com.ph', 'wlink.com.np', 'ntc.net.np', 'mos.com.np', 'bol.net.in', 'dr.com', 'engineer.com', 'consultant.com',
  'cheerful.com', 'workmail.com', 'writeme.com', 'asia.com', 'europe.com', 'bk.ru', 'km.ru', 'yahoo.co.jp', 'ezweb.ne.jp', 'docomo.ne.jp',
  'hanmail.net', 'nate.com', 'kakao.com', 'gmail.co', 'orange.fr', 'free.fr', 'bol.com.br', 'gamil.com', 'gmial.com', 'gmai.com', 'yhoo.com', 'hotmial.com',
]);

const TLD_PART = /^[a-z]{2,3}$/;

/** A free or disposable mail domain: a listed domain, or a listed brand with only a country ending after it. */
export function isFreeMail(domain: string): boolean {
  const d = domain.toLowerCase().replace(/^www\./, '');
  if (FREE_DOMAINS.has(d)) return true;
  const labels = d.split('.');
  if (labels.length < 2 || labels.length > 3) return false;
  return FREE_BRANDS.has(labels[0]!) && labels.slice(1).every((l) => TLD_PART.test(l) || l === 'com');
}
