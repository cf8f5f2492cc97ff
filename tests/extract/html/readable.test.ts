import { describe, expect, it } from 'vitest';
import { extractReadable } from '../../../lib/extract/html/readable';
import { MAX_TEXT_CHARS } from '../../../lib/extract/html/types';
import { parseHtml, readOwnPage } from '../../helpers/dom';

describe('extractReadable', () => {
  it('agency page without <main>: body text minus header/nav/aside/footer and every non-text element', () => {
    const url = 'https://sunrise-overseas.example.com/dubai-housemaids';
    const { postings } = extractReadable(parseHtml(readOwnPage('generic/readable-agency.html'), url), url);
    expect(postings).toHaveLength(1);
    const { posting, element } = postings[0]!;
    expect(posting.title).toBe('Housemaids and Nannies for Dubai - Apply Today!');
    expect(posting.url).toBe(url);
    expect(element?.tagName).toBe('BODY');
    expect(posting.description).toContain('Registration fee: 25,000 PHP, paid at our office in cash. Your passport must be surrendered to the agency until deployment.');
    expect(posting.description).toContain('Free visa\nFree ticket\nLive-in, 6 to 7 days per week');
    for (const leaked of ['STYLE', 'SCRIPT', 'HEADER', 'NAV TEXT', 'ASIDE', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'HIDDEN', 'FOOTER']) {
      expect(posting.description).not.toContain(leaked);
    }
  });

  it('prefers <main> over the rest of the body', () => {
    const body = `<p>${'sidebar '.repeat(50)}</p><main><h1>Cook</h1><p>${'Cook for a hotel kitchen. '.repeat(10)}</p></main>`;
    const { postings } = extractReadable(parseHtml(`<title>T</title><body>${body}</body>`));
    expect(postings[0]!.element?.tagName).toBe('MAIN');
    expect(postings[0]!.posting.description).not.toContain('sidebar');
  });

  it('reads a single <article>, but not the first of several (a list of posts is not one posting)', () => {
    const long = 'Welder needed for a shipyard. '.repeat(10);
    const one = extractReadable(parseHtml(`<body><p>intro</p><article><p>${long}</p></article></body>`));
    expect(one.postings[0]!.element?.tagName).toBe('ARTICLE');
    const many = extractReadable(parseHtml(`<body><article><p>${long}</p></article><article><p>${long}</p></article></body>`));
    expect(many.postings[0]!.element?.tagName).toBe('BODY');
  });

  it('falls back to the body when <main> is a near-empty shell, and to <title> when there is no <h1>', () => {
    const { postings } = extractReadable(parseHtml(`<title>Driver wanted</title><body><main>Loading</main><p>${'Real text here. '.repeat(20)}</p></body>`));
    expect(postings[0]!.posting.title).toBe('Driver wanted');
    expect(postings[0]!.element?.tagName).toBe('BODY');
    expect(postings[0]!.posting.description).toContain('Real text here.');
  });

  it('caps the text at 200,000 characters and says so', () => {
    const { postings, notes } = extractReadable(parseHtml(`<body><p>${'word '.repeat(60_000)}</p></body>`));
    const length = postings[0]!.posting.description!.length;
    expect(length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(length).toBeGreaterThan(MAX_TEXT_CHARS - 5);
    expect(notes).toEqual(['readable text cut at 200000 characters']);
  });

  it('returns nothing for an empty page', () => {
    expect(extractReadable(parseHtml('<html><body><nav>menu</nav></body></html>')).postings).toEqual([]);
  });
});
