/**
 * Hostile test pages, generated from a seed (so 1,000+ pages need no files in the repository):
 * markup and script inside ad text, megabytes of text, thousands of cards, deep nesting, odd
 * Unicode, and page scripts that remove, cover, restyle or tamper with whatever we add.
 */
export const MARKUP = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
const MARKUP_MORE = [
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  'javascript:window.__pwned=1',
];
const UNICODE = [
  '\u202Eevil\u202C reversed', '\u200B\u200C\u200D\u2060\uFEFFzero\u200Bwidth', `a${'\u0301'.repeat(400)}`, 'سيتم الاحتفاظ بجواز السفر لدى الكفيل',
  '👩🏽‍🍳👨‍👩‍👧‍👦', 'ｐａｓｓｐｏｒｔ ｋｅｐｔ', 'p\u00ADa\u00ADs\u00ADs\u00ADp\u00ADo\u00ADr\u00ADt', '\u2066isolate\u2069 \u2067rtl\u2069', 'Z̴̧̛̖̠̈́a̶̡͓̓l̸̰̓g̵̣̈́o̷̭͝',
];
const RISKY = [
  'You must pay a processing fee of 15,000 PHP before departure.', 'Your passport will be kept by the employer for safekeeping.',
  'Contact us on WhatsApp only.', 'Pay a placement fee of 500 USD to the agent.', 'No interview, fly next week.',
];
const NEUTRAL = ['Cleaner needed for an office building.', 'Full time, Monday to Friday.', 'Written contract provided.', 'Apply by email.'];

export const KINDS = ['markup', 'script-in-ad', 'unicode', 'remover', 'cover', 'restyle', 'proto-tamper', 'churn', 'jsonld-weird', 'message-spoof', 'body-replace'] as const;
export type Kind = (typeof KINDS)[number] | 'huge-text' | 'many-cards' | 'deep-nesting';

export function kindOf(seed: number): Kind {
  const heavy = (['huge-text', 'many-cards', 'deep-nesting'] as const)[seed % 100];
  return heavy ?? KINDS[seed % KINDS.length]!;
}

/** mulberry32: small deterministic PRNG, so a failing seed can be replayed. */
function rng(seed: number) {
  let a = seed + 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function card(title: string, body: string, extra = ''): string {
  return `<article class="card" itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">${esc(title)}</h2><div itemprop="description">${esc(body)}${extra}</div></article>`;
}

const SCRIPTS: Partial<Record<Kind, string>> = {
  remover: `new MutationObserver(function(){document.querySelectorAll('*').forEach(function(e){if(e.localName.indexOf('recruit-radar')===0)e.remove()})}).observe(document.documentElement,{childList:true,subtree:true});`,
  cover: `var c=document.createElement('div');c.style.cssText='position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,.98)';document.body.appendChild(c);`,
  'proto-tamper': `Element.prototype.attachShadow=function(){throw new Error('no')};Element.prototype.prepend=function(){};Node.prototype.appendChild=function(n){return n};
    window.MutationObserver=function(){this.observe=function(){}};JSON.parse=function(){throw new Error('no')};Array.prototype.map=function(){return []};
    Object.defineProperty(window,'CSS',{value:null});String.prototype.trim=function(){return 'x'};`,
  churn: `var n=0;setInterval(function(){var d=document.createElement('span');d.textContent='tick '+(n++);document.body.appendChild(d);if(n%2)document.body.removeChild(d)},10);`,
  'message-spoof': `for(var i=0;i<50;i++){window.postMessage({type:'check-text',text:'x'},'*');window.postMessage({type:'get-results'},'*');
    document.dispatchEvent(new CustomEvent('recruit-radar',{detail:{type:'clear-data'}}))}try{chrome.runtime.sendMessage('x',{type:'clear-data'})}catch(e){}`,
  'body-replace': `setTimeout(function(){document.getElementById('results').innerHTML=document.getElementById('results').innerHTML+'<article class="card" itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Late card</h2><div itemprop="description">Pay a placement fee of 500 USD.</div></article>'},150);`,
};

export function hostilePage(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const kind = kindOf(seed);
  const title = `Cleaner ${MARKUP} ${pick(UNICODE)} #${seed}`;
  const text = (n: number) => Array.from({ length: n }, () => (r() < 0.4 ? pick(RISKY) : r() < 0.5 ? pick(NEUTRAL) : r() < 0.5 ? pick(MARKUP_MORE) : pick(UNICODE))).join(' ');
  let head = '';
  let body = '';
  // Every title carries markup, so whichever panel opens must show it as text.
  const cards = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) => card(i === 0 ? title : `Job ${i} ${MARKUP} ${pick(UNICODE)}`, `${pick(RISKY)} ${MARKUP} ${text(6)}`));
  switch (kind) {
    case 'huge-text': {
      // 5 MB of ad text: hostile Unicode and markup in the first 100 kB, then plain sentences (a
      // 5 MB combining-mark flood would measure the browser's text shaping, not the extension).
      const head = Array.from({ length: 40 }, () => text(40)).join(' ');
      const plain = `${[...RISKY, ...NEUTRAL, MARKUP].join(' ')} `;
      body = card(title, `${pick(RISKY)} ${head} ${plain.repeat(Math.ceil((5_000_000 - head.length) / plain.length))}`);
      break;
    }
    case 'many-cards':
      body = [card(title, `${pick(RISKY)} ${MARKUP}`), ...Array.from({ length: 9_999 }, (_, i) => card(`Job ${i} ${MARKUP}`, i % 7 ? pick(NEUTRAL) : pick(RISKY)))].join('');
      break;
    case 'deep-nesting':
      // The parser caps nesting (512); a script can build deeper. Chromium's own renderer crashes
      // somewhere between 2,000 and 3,000 levels with or without any extension, so 1,800 it is.
      body = `${'<div>'.repeat(600)}${cards[0]}${'</div>'.repeat(600)}<script>var el=document.body;for(var i=0;i<1800;i++){var d=document.createElement('div');el.appendChild(d);el=d}
        el.innerHTML=${JSON.stringify(cards.slice(1).join('') || card(`Deep job ${MARKUP}`, pick(RISKY)))};</script>`;
      break;
    case 'script-in-ad':
      body = cards.map((c) => c.replace('</div></article>', `<script>window.__adScript=1</script><style>.card{color:red}</style><noscript>${MARKUP}</noscript><template>${MARKUP}</template></div></article>`)).join('');
      break;
    case 'restyle':
      head = `<style>recruit-radar-badge,recruit-radar-panel,recruit-radar-dock{display:none!important;visibility:hidden!important;opacity:0!important;transform:scale(0)!important}
        *{all:unset!important;font-size:1px!important}html{font-size:1px!important}</style>`;
      body = cards.join('');
      break;
    case 'jsonld-weird': {
      const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
      const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': ['JobPosting', 'Thing'], title, description: `<p>${text(8)}</p>${MARKUP}`, __proto__x: 1, hiringOrganization: { name: MARKUP } }] };
      head = `<script type="application/ld+json">{not json</script><script type="application/ld+json">${deep}</script>
        <script type="application/ld+json">{"__proto__":{"polluted":1},"@type":"JobPosting","title":${JSON.stringify(`Proto ${MARKUP}`).replace(/</g, '\\u003c')},"description":"${esc(pick(RISKY))}"}</script>
        <script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`;
      body = `<h1>${esc(title)}</h1><p>${esc(text(10))}</p>`; // no element per posting: badges go to the corner dock
      break;
    }
    default:
      body = cards.join('');
  }
  return `<!doctype html><html lang="${pick(['en', 'ar', 'tl', 'zz-invalid-tag-value', ''])}" dir="${pick(['ltr', 'rtl', 'auto'])}"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head>
<body><div id="results">${body}</div><script>${SCRIPTS[kind] ?? ''}</script></body></html>`;
}
