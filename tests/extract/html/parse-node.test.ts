import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../../../lib/extract/html/parse-node';

describe('parseHtmlInNode', () => {
  it('never runs page scripts or inline handlers', async () => {
    const g = globalThis as Record<string, unknown>;
    const html = `<html><head><script>globalThis.__pwned = 1; document.title = 'changed'</script></head>
      <body><img src="x" onerror="globalThis.__pwned = 2"><div onclick="globalThis.__pwned = 3">x</div>
      <script type="module">globalThis.__pwned = 4</script></body></html>`;
    const doc = parseHtmlInNode(html, 'https://evil.example.com/');
    (doc.querySelector('div') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 20));
    expect(g['__pwned']).toBeUndefined();
    expect(doc.title).toBe('');
    expect(doc.querySelectorAll('script')).toHaveLength(2);
  });

  it('keeps the address for relative links and works without one', () => {
    expect(parseHtmlInNode('<a href="/x">x</a>', 'https://jobs.example.com/a/b').URL).toBe('https://jobs.example.com/a/b');
    expect(parseHtmlInNode('<p>hi</p>').body.textContent).toBe('hi');
    expect(parseHtmlInNode('<p>hi</p>', 'not a url').URL).toBe('about:blank');
  });
});
