// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeMutations } from '../../../lib/ext/content/observe';


describe('observeMutations', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('handles a burst of changes as one batch once the page is quiet', async () => {
    const cb = vi.fn();
    const ac = new AbortController();
    observeMutations(document.body, cb, ac.signal, { quietMs: 100, maxWaitMs: 1_000 });
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('li'));
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(cb).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(cb).toHaveBeenCalledTimes(1);
    ac.abort();
  });

  it('still fires on a page that never stops changing, at most once per maxWait', async () => {
    const cb = vi.fn();
    const ac = new AbortController();
    observeMutations(document.body, cb, ac.signal, { quietMs: 100, maxWaitMs: 300 });
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(cb.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(cb.mock.calls.length).toBeLessThanOrEqual(4);
    ac.abort();
  });

  it('ignores our own badges and stops when aborted', async () => {
    const cb = vi.fn();
    const ac = new AbortController();
    observeMutations(document.body, cb, ac.signal, { quietMs: 10, maxWaitMs: 50 });
    document.body.append(document.createElement('recruit-radar-badge'));
    await vi.advanceTimersByTimeAsync(100);
    expect(cb).not.toHaveBeenCalled();
    ac.abort();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(100);
    expect(cb).not.toHaveBeenCalled();
  });
});
