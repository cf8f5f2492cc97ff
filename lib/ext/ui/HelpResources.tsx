import type { Resource } from '../resources';
import { safeHref } from './SourceList';
import { T } from './strings';

let regionNames: Intl.DisplayNames | undefined;
function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Help lines for the countries the ad names, each with its source and the date it was checked. */
export function HelpResources({ resources }: { resources: Resource[] }) {
  if (resources.length === 0) return null;
  return (
    <section class="rr-help" aria-label={T.help}>
      <h3>{T.help}</h3>
      <p>{T.emergency}</p>
      <ul>
        {resources.map((r, i) => {
          const href = safeHref(r.source.url);
          return (
            <li key={i}>
              <strong dir="auto">{r.name}</strong> <span class="rr-muted">({r.country.map(countryName).join(', ')})</span>
              {r.purpose && <div dir="auto">{r.purpose}</div>}
              <div class="rr-contact" dir="auto">
                {r.contact}
              </div>
              {r.languages && <div class="rr-muted" dir="auto">{r.languages}</div>}
              <div class="rr-muted">
                {`${T.sources}: `}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {r.source.title ?? hostOf(href)}
                  </a>
                ) : (
                  r.source.title
                )}
                {`, ${T.helpChecked} ${r.checked}`}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
