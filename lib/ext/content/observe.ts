import { isOwnNode } from './host-element';

/**
 * Batched observation of page changes (infinite scroll, single-page navigation): mutations are
 * collected and handled once the page has been quiet for `quietMs`, or at the latest `maxWaitMs`
 * after the first one, so a page that never stops changing is still rescanned now and then, but
 * never more than once per batch. Our own badges and panel do not count as changes.
 */
export interface ObserveOptions {
  quietMs?: number;
  maxWaitMs?: number;
}

const onlyOurs = (r: MutationRecord): boolean =>
  isOwnNode(r.target) || ([...r.addedNodes].every(isOwnNode) && [...r.removedNodes].every(isOwnNode));

export function observeMutations(target: Node, onBatch: () => void, signal: AbortSignal, opts: ObserveOptions = {}): void {
  const quietMs = opts.quietMs ?? 300;
  const maxWaitMs = opts.maxWaitMs ?? 2_000;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    if (!signal.aborted) onBatch();
  };
  const mo = new MutationObserver((records) => {
    if (records.every(onlyOurs)) return;
    clearTimeout(quiet);
    quiet = setTimeout(fire, quietMs);
    deadline ??= setTimeout(fire, maxWaitMs);
  });
  mo.observe(target, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    mo.disconnect();
    clearTimeout(quiet);
    clearTimeout(deadline);
  });
}

/**
 * Calls `cb` after a same-document navigation (history.pushState, back/forward). Uses the
 * Navigation API where present (Chromium); elsewhere popstate, plus the address check the
 * controller makes on every mutation batch. No polling.
 */
export function watchNavigation(cb: () => void, signal: AbortSignal): void {
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  // currententrychange fires for pushState/replaceState too, unlike navigatesuccess.
  nav?.addEventListener?.('currententrychange', cb, { signal });
  globalThis.addEventListener?.('popstate', cb, { signal });
}
