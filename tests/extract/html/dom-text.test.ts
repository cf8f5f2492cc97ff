import { describe, expect, it } from 'vitest';
import { domText, inlineText } from '../../../lib/extract/html/dom-text';
import { parseHtml } from '../../helpers/dom';

describe('domText', () => {
  it('collapses whitespace and keeps paragraph breaks', () => {
    const doc = parseHtml('<div id="r">  <h2>Title</h2>\n\n <p>one\n   two</p><p>three<br>four</p><ul><li>a</li><li>b</li></ul></div>');
    expect(domText(doc.getElementById('r')!)).toBe('Title\n\none two\n\nthree\nfour\n\na\nb');
  });

  it('skips script, style, template, noscript, svg, form widgets and [hidden]', () => {
    const doc = parseHtml(
      '<div id="r">a<script>S</script><style>s</style><template>T</template><noscript>N</noscript><svg><text>V</text></svg>' +
        '<select><option>O</option></select><textarea>X</textarea><span hidden>H</span><button>Apply on WhatsApp</button>b</div>',
    );
    expect(domText(doc.getElementById('r')!)).toBe('aApply on WhatsAppb');
  });

  it('honours extra skipped tags and elements', () => {
    const doc = parseHtml('<div id="r"><nav>menu</nav><p>body</p><div class="qr">QR</div></div>');
    const el = doc.getElementById('r')!;
    expect(domText(el, { skipTags: new Set(['nav']), skip: (e) => e.classList.contains('qr') })).toBe('body');
  });

  it('stops at the cap', () => {
    const doc = parseHtml(`<div id="r">${'<p>word word</p>'.repeat(1000)}</div>`);
    expect(domText(doc.getElementById('r')!, { cap: 50 })).toHaveLength(50);
  });

  it('walks a 20,000-deep tree without overflowing the stack', () => {
    const doc = parseHtml('<div id="r"></div>');
    let el: Element = doc.getElementById('r')!;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(doc.createElement('span'));
    el.appendChild(doc.createTextNode('deep'));
    expect(domText(doc.getElementById('r')!)).toBe('deep');
  });

  it('inlineText gives one line', () => {
    const doc = parseHtml('<h1 id="t">\n  Heavy <br> Truck\n Driver </h1>');
    expect(inlineText(doc.getElementById('t'))).toBe('Heavy Truck Driver');
    expect(inlineText(null)).toBe('');
  });
});
