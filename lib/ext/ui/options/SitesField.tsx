import { useState } from 'preact/hooks';
import type { Settings } from '../../settings';

const HOST = /^[a-z0-9.-]+$/;

/** Turns "https://www.example.com/jobs, bayt.com" into host names; returns bad entries separately. */
export function parseHosts(text: string): { hosts: string[]; bad: string[] } {
  const hosts: string[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/[\s,]+/)) {
    const t = raw.trim().toLowerCase();
    if (!t) continue;
    let host = t;
    try {
      if (t.includes('/')) host = new URL(t.includes('://') ? t : `https://${t}`).hostname;
    } catch {
      /* kept as typed; checked below */
    }
    host = host.replace(/^www\./, '');
    (HOST.test(host) && host.includes('.') ? hosts : bad).push(HOST.test(host) ? host : raw);
  }
  return { hosts: [...new Set(hosts)], bad };
}

/** Where automatic screening runs. "Check this page" works everywhere whatever is chosen here. */
export function SitesField({ sites, onSave }: { sites: Settings['sites']; onSave: (s: Settings['sites']) => void }) {
  const [text, setText] = useState(sites.list.join('\n'));
  const [bad, setBad] = useState<string[]>([]);
  const saveList = () => {
    const p = parseHosts(text);
    setBad(p.bad);
    onSave({ mode: sites.mode, list: p.hosts });
  };
  return (
    <fieldset>
      <legend>Check job postings automatically</legend>
      <label>
        <input type="radio" name="sites" checked={sites.mode === 'all'} onChange={() => onSave({ ...sites, mode: 'all' })} /> On every site that shows job postings
      </label>
      <label>
        <input type="radio" name="sites" checked={sites.mode === 'list'} onChange={() => onSave({ ...sites, mode: 'list' })} /> Only on these sites:
      </label>
      <label for="site-list" class="rr-muted">
        One site per line, for example bayt.com
      </label>
      <textarea id="site-list" dir="ltr" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} onBlur={saveList} aria-describedby={bad.length ? 'site-bad' : undefined} />
      {bad.length > 0 && (
        <p id="site-bad" class="rr-error">
          {`Not a site name: ${bad.join(', ')}`}
        </p>
      )}
      <label>
        <input type="radio" name="sites" checked={sites.mode === 'off'} onChange={() => onSave({ ...sites, mode: 'off' })} /> Nowhere: only when I ask
        ("Check this page", or "Check this job offer" on selected text)
      </label>
    </fieldset>
  );
}
