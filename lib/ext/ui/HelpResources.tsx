import type { Resource } from '../resources';
import { safeHref } from './SourceList';
import { T } from './strings';

let regionNames: Intl.DisplayNames | undefined;
function countryName(code: string): string {
  if (code === '*') return 'all countries';
  if (code === 'EU') return 'European Union';
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const KIND_WORDS: Record<Resource['source']['kind'], string> = { official: 'official source', news: 'news report', secondary: 'secondary source' };

/** Help lines for the countries the ad names, each with its source and the date it was checked. */
export function HelpResources({ resources }: { resources: Resource[] }) {
  if (resources.length === 0) return null;
  return (
    <section class="rr-help" aria-label={T.help}>
      <h3>{T.help}</h3>
      <p>{T.emergency}</p>
      <ul>
        {resources.map((r, i) => {
          const src = safeHref(r.source.url);
          return (
            <li key={i}>
              <strong dir="auto">{r.organisation}</strong> <span class="rr-muted">({countryName(r.country)})</span>
              <div dir="auto">{r.purpose}</div>
              {r.phone && <div class="rr-contact" dir="ltr">{`☎\uFE0E ${r.phone.join('; ')}`}</div>}
              {r.sms && <div class="rr-contact" dir="ltr">{`SMS ${r.sms.join('; ')}`}</div>}
              {r.email && <div class="rr-contact" dir="ltr">{r.email.join('; ')}</div>}
              {r.web?.map((w) => {
                const href = safeHref(w);
                return href ? (
                  <div key={w} dir="ltr">
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {hostOf(href)}
                    </a>
                  </div>
                ) : null;
              })}
              {r.languages && <div class="rr-muted" dir="auto">{`Languages: ${r.languages.join(', ')}`}</div>}
              {r.note && <div class="rr-muted" dir="auto">{r.note}</div>}
              <div class="rr-muted">
                {`${T.sources}: `}
                {src ? (
                  <a href={src} target="_blank" rel="noopener noreferrer">
                    {hostOf(src)}
                  </a>
                ) : null}
                {` (${KIND_WORDS[r.source.kind]}${r.source.date ? `, ${r.source.date}` : ''}), ${T.helpChecked} ${r.checked}`}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
