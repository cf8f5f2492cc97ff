import type { SourceRef } from '../../engine/verdict';

/** Only http(s) addresses become links: a feed is data, and a javascript: URL is not a source. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function SourceList({ sources }: { sources: SourceRef[] }) {
  return (
    <ul class="rr-sources">
      {sources.map((s, i) => {
        const text = [s.title, s.publisher, s.year, s.section].filter(Boolean).join(', ');
        const href = safeHref(s.url);
        return (
          <li key={i} dir="auto">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
