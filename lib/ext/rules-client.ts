import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { CompiledRuleSet } from '../engine/index';
import { compileFeedData, type FeedData } from './feed-data';

/**
 * Content scripts and pages ask the background for the active rule data once and compile it
 * themselves (a few ms): page text then never leaves the tab, and no big text crosses messaging.
 * The background validated the data before storing it; this only checks the reply's shape.
 */
const Reply = z.object({
  data: z.object({ version: z.number(), rules: z.array(z.unknown()), resources: z.array(z.unknown()), benchmarks: z.array(z.unknown()) }).passthrough(),
  feeds: z.array(z.object({ subscriptionId: z.string(), version: z.number(), ruleCount: z.number() }).passthrough()),
});

export interface LoadedRules {
  data: FeedData;
  compiled: CompiledRuleSet;
}

export async function fetchRules(send: (msg: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): Promise<LoadedRules> {
  const reply = Reply.safeParse(await send({ type: 'get-rules' }));
  if (!reply.success) throw new Error('no rule set available from the background');
  const data = reply.data.data as unknown as FeedData;
  return { data, compiled: compileFeedData(data) };
}
