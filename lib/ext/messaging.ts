import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { LEVELS } from '../engine/verdict';
import { PostingSchema } from '../engine/posting';

/**
 * Every runtime message, as a Zod schema. A message is handled only if it parses AND comes from a
 * sender allowed for its type: web pages cannot message the extension at all (no
 * externally_connectable, no window.postMessage), and a content script, which shares its tab with
 * a possibly hostile page, may only ask for rule data and report results.
 */
export const MAX_TEXT_CHARS = 200_000; // a long posting is ~20 kB; a selection beyond this is not a job offer
/** Per "screen" request: the content script sends postings in batches within these bounds. */
export const MAX_BATCH_POSTINGS = 100;
export const MAX_BATCH_CHARS = 1_000_000;

const Level = z.enum(LEVELS);
const SubscriptionId = z.string().max(100).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const Counts = z.strictObject({ none: z.number().int().min(0), low: z.number().int().min(0), medium: z.number().int().min(0), high: z.number().int().min(0) });

const Field = z.string().max(MAX_TEXT_CHARS).optional();
/** A posting as the engine reads it (engine/posting.ts; unknown keys dropped), each text bounded for messaging. */
export const WirePosting = PostingSchema.extend({ title: Field, company: Field, location: Field, salary: Field, description: Field, contact: Field });
const chars = (p: z.infer<typeof WirePosting>) => (p.title?.length ?? 0) + (p.company?.length ?? 0) + (p.location?.length ?? 0) + (p.salary?.length ?? 0) + (p.description?.length ?? 0) + (p.contact?.length ?? 0);

export const BackgroundMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('screen'),
    locale: z.string().max(35),
    postings: z
      .array(WirePosting)
      .min(1)
      .max(MAX_BATCH_POSTINGS)
      .refine((ps) => ps.reduce((n, p) => n + chars(p), 0) <= MAX_BATCH_CHARS, `at most ${MAX_BATCH_CHARS} characters per batch`),
  }),
  z.strictObject({ type: z.literal('page-summary'), counts: Counts }),
  z.strictObject({
    type: z.literal('record-history'),
    items: z.array(z.strictObject({ url: z.string().max(2_000), title: z.string().max(300), level: Level })).max(200),
  }),
  z.strictObject({ type: z.literal('feed-status') }),
  z.strictObject({ type: z.literal('check-tab'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('clear-data') }),
  // Feed subscriptions (options page). The URL and key are only bounded here; the background
  // checks them fully (lib/ext/subscriptions.ts) and answers with a message the user can act on.
  z.strictObject({ type: z.literal('feeds-list') }),
  z.strictObject({ type: z.literal('feed-add'), url: z.string().min(1).max(2_000), publicKey: z.string().min(1).max(500) }),
  z.strictObject({ type: z.literal('feed-remove'), id: SubscriptionId }),
  z.strictObject({ type: z.literal('feed-update'), id: SubscriptionId }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

export const ContentMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-page') }),
  z.strictObject({ type: z.literal('check-text'), text: z.string().min(1).max(MAX_TEXT_CHARS) }),
  z.strictObject({ type: z.literal('get-results') }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

type Sender = Browser.runtime.MessageSender;
type SenderKind = 'tab' | 'page' | 'any';

/** Who may send each background message: 'tab' = our content script, 'page' = our popup/options. */
export const ALLOWED_SENDERS: Record<BackgroundMessage['type'], SenderKind> = {
  screen: 'any',
  'page-summary': 'tab',
  'record-history': 'tab',
  'feed-status': 'page',
  'check-tab': 'page',
  'clear-data': 'page',
  'feeds-list': 'page',
  'feed-add': 'page',
  'feed-remove': 'page',
  'feed-update': 'page',
};

export function isOwnExtension(sender: Sender): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === browser.runtime.id;
}

const inExtension = (sender: Sender) => typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));

/** Our content script, in the top frame of a tab (its URL is the page's, never one of ours). */
export function isContentScript(sender: Sender): boolean {
  return isOwnExtension(sender) && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0 && !inExtension(sender);
}

/** One of our own pages (popup, options), whether shown as a popup or in a tab: its URL is inside the extension. */
export function isExtensionPage(sender: Sender): boolean {
  return isOwnExtension(sender) && inExtension(sender);
}

/** The message if it is well formed and its sender may send it; undefined otherwise (and it is dropped). */
export function acceptBackgroundMessage(msg: unknown, sender: Sender): BackgroundMessage | undefined {
  const parsed = BackgroundMessage.safeParse(msg);
  if (!parsed.success) return undefined;
  const kind = ALLOWED_SENDERS[parsed.data.type];
  const ok = kind === 'tab' ? isContentScript(sender) : kind === 'page' ? isExtensionPage(sender) : isContentScript(sender) || isExtensionPage(sender);
  return ok ? parsed.data : undefined;
}

/** For the content script: only the extension itself (background, popup) may ask it anything. */
export function acceptContentMessage(msg: unknown, sender: Sender): ContentMessage | undefined {
  // The background has no tab and no page URL; our pages have an extension URL. Never another tab.
  if (!isOwnExtension(sender) || (sender.tab && !inExtension(sender))) return undefined;
  const parsed = ContentMessage.safeParse(msg);
  return parsed.success ? parsed.data : undefined;
}
