import type { Level } from '../../engine/index';
import type { Strength } from '../../rules/schema';

/**
 * The extension's own words (rule texts come from the feed, per locale). English only for now:
 * a safety message machine-translated badly does more harm than one in English; translations are
 * to be added here by people who speak the language, with the same keys.
 *
 * Each level has an icon AND a word so it reads without colour. Icons are common symbols that
 * ordinary fonts have (⛔ showed as an empty box in Debian's fonts); U+FE0E asks for the text
 * glyph rather than a colour emoji, so the icon looks the same on every system.
 */
export const LEVEL_TEXT: Record<Level, { icon: string; word: string; long: string }> = {
  none: { icon: '✓', word: 'No warning signs', long: 'No warning signs found. That does not prove the offer is safe.' },
  low: { icon: 'ℹ\uFE0E', word: 'Low risk', long: 'A few weak warning signs. Check the questions below before you apply.' },
  medium: { icon: '!', word: 'Medium risk', long: 'Several warning signs. Be careful and ask the questions below before you pay or sign anything.' },
  high: { icon: '⚠\uFE0E', word: 'High risk', long: 'Strong signs of a scam or of forced labour. Do not pay, do not send documents, get advice first.' },
};

export const STRENGTH_TEXT: Record<Strength, string> = {
  strong: 'Strong warning sign',
  medium: 'Warning sign',
  weak: 'Weak warning sign',
};

export const T = {
  appName: 'Recruit Radar',
  openDetails: 'Show why',
  closeDetails: 'Hide details',
  close: 'Close',
  findings: 'Warning signs',
  goodSigns: 'Good signs',
  notice: 'This text reads as a warning or an information notice, not as a job offer. The signs below are what it warns about, so the risk shown is at most low.',
  evidence: 'In the ad',
  missing: 'Not said in the ad',
  advice: 'What to do',
  sources: 'Source',
  questions: 'Questions to ask the recruiter',
  help: 'Where to get help',
  helpChecked: 'checked',
  showInPage: 'Show in page',
  notInPage: 'Not found on this page',
  selection: 'Selected text',
  truncated: 'This text is very long; only its beginning was checked.',
  disclaimer: 'Recruit Radar looks for known warning signs. It can miss a scam and it can be wrong. Trust your own judgement and ask for help if in doubt.',
  emergency: 'In danger? Call your local emergency number.',
  countFindings: (n: number) => (n === 1 ? '1 warning sign' : `${n} warning signs`),
  badgeLabel: (level: Level, n: number) => `Recruit Radar: ${LEVEL_TEXT[level].word}, ${T.countFindings(n)}`,
} as const;

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'dv', 'ckb', 'yi']);
export const isRtl = (locale: string) => RTL.has(locale.toLowerCase().split('-')[0]!);

/**
 * Direction of the extension's own UI. Its words are English for now, so left-to-right even on a
 * right-to-left page (it would otherwise inherit the page's direction and misplace punctuation);
 * page text and rule texts carry dir="auto" and keep their own direction.
 */
export const UI_LANG = 'en';
export const UI_DIR: 'ltr' | 'rtl' = isRtl(UI_LANG) ? 'rtl' : 'ltr';
