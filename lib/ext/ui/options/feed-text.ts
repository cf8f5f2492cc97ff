import type { UpdateReply } from '../../background/feeds';

/**
 * Plain words for the refusal codes of lib/feed (codes.ts and the fetch layer); the technical
 * reason the feed layer recorded is shown after them, for the publisher or a helper.
 */
const CODE_TEXT: Record<string, string> = {
  network: 'The feed server could not be reached.',
  timeout: 'The feed server did not answer in time.',
  oversize: 'The feed is larger than Recruit Radar accepts.',
  'too-large': 'The feed is larger than Recruit Radar accepts.',
  empty: 'The feed file is empty.',
  'not-json': 'The address returned a web page, not a feed.',
  'redirect-other-host': 'The server sent Recruit Radar to another site, which is not allowed.',
  'public-key-invalid': 'The public key saved for this feed cannot be read.',
  'signature-malformed': 'The signature file (.minisig) is damaged or missing.',
  'wrong-key': 'The feed was signed with a different key from the one you added.',
  'bad-signature': 'The feed does not match its signature: it was changed after signing, or damaged on the way.',
  'bad-comment-signature': 'The signature file was changed after signing.',
  rollback: 'The server offered an older version than the one installed.',
  expired: 'The feed on the server has expired; the publisher has not released a new one.',
  'future-publish': 'The feed claims a publishing date in the future (check this device\'s clock).',
  compile: 'The feed\'s rules failed Recruit Radar\'s safety checks.',
  examples: 'The feed\'s rules failed their own test examples.',
  store: 'The feed could not be saved on this device.',
};

export function describeRefusal(code: string | undefined): string {
  if (code === undefined) return 'The update failed.';
  if (/^http-\d+$/.test(code)) return `The server answered with error ${code.slice(5)}.`;
  return CODE_TEXT[code] ?? 'The feed is not in a form Recruit Radar accepts.';
}

/** One line about what a check did. */
export function describeUpdate(r: UpdateReply): string {
  switch (r.kind) {
    case 'installed':
      return `Updated to version ${r.version ?? '?'}.`;
    case 'not-modified':
    case 'unchanged':
      return 'Already up to date.';
    case 'skipped':
      return r.reason ?? 'Nothing to update.';
    case 'failed':
      return `Update refused. ${describeRefusal(r.code)}${r.reason ? ` (${r.reason})` : ''} The rules already installed stay in use.`;
  }
}

/** "2026-07-01 12:00" in UTC: short, and the same on every device. */
export const shortTime = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toISOString().slice(0, 16).replace('T', ' '));
export const shortDate = (iso: string) => shortTime(iso).slice(0, 10);
export const rules = (n: number) => (n === 1 ? '1 rule' : `${n} rules`);
