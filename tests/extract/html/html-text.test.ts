import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../lib/extract/html/html-text';

describe('htmlToText', () => {
  it('drops tags and turns blocks into line and paragraph breaks', () => {
    expect(htmlToText('<p>One <b>two</b></p><ul><li>a</li><li>b</li></ul><p>end</p>')).toBe('One two\n\na\nb\n\nend');
  });

  it('treats one <br> as a line break and two as a paragraph break', () => {
    expect(htmlToText('a<br>b<br/><br />c')).toBe('a\nb\n\nc');
  });

  it('decodes named, decimal and hex references', () => {
    expect(htmlToText('Tom &amp; Jerry &lt;3 &#39;hi&#39; &#x2F; caf&eacute; &Eacute;TAT&nbsp;x')).toBe("Tom & Jerry <3 'hi' / café ÉTAT x");
  });

  it('never lets script, style or template content through', () => {
    expect(htmlToText('<p>ok</p><script>alert("x")</script><style>p{}</style><template><p>t</p></template><p>end</p>')).toBe('ok\n\nend');
  });

  it('reads script-looking text as inert text: nothing is parsed by an engine', () => {
    expect(htmlToText('<img src=x onerror="alert(1)">Hello')).toBe('Hello');
  });

  it('keeps a lone "<" as text and drops comments', () => {
    expect(htmlToText('salary < 500 <!-- hidden --> ok')).toBe('salary < 500 ok');
  });

  it('unescapes markup that was escaped twice (LinkedIn JSON-LD)', () => {
    expect(htmlToText('Intro: &lt;strong&gt;Bold&lt;/strong&gt;&lt;br&gt;&lt;br&gt;Next')).toBe('Intro: Bold\n\nNext');
  });

  it('leaves plain text with an escaped ampersand alone', () => {
    expect(htmlToText('R&amp;D &lt; 5 people')).toBe('R&D < 5 people');
  });

  it('stops at the cap', () => {
    expect(htmlToText('<p>abcdef ghij</p>', 8)).toBe('abcdef g');
  });

  it('is linear on pathological input (a million "<" and spaces)', () => {
    const t = Date.now();
    htmlToText('<'.repeat(500_000) + ' '.repeat(500_000) + '<a'.repeat(200_000));
    expect(Date.now() - t).toBeLessThan(3_000);
  });
});

describe('decodeEntities', () => {
  it('replaces invalid code points with U+FFFD and leaves unknown names', () => {
    expect(decodeEntities('&#0; &#xD800; &#99999999; &bogus; &AMP;')).toBe('\ufffd \ufffd \ufffd &bogus; &');
  });
});
