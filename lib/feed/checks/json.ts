import { reject, type FeedRejection } from '../codes';

/** A legitimate feed nests about 30 levels at most (rule match trees are capped by LIMITS.depth). */
export const MAX_JSON_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * One linear pass over the text counting brackets outside strings, so that 100,000 "[" never
 * reach JSON.parse (V8's parser recurses) or Zod (which recurses per level).
 */
export function checkDepth(text: string, max = MAX_JSON_DEPTH): FeedRejection | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return reject('too-deep', `the feed nests deeper than ${max} levels`);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

/**
 * JSON.parse with a reviver that refuses keys which could reach an object's prototype if any
 * later code copied the data with a spread or Object.assign (prototype pollution).
 */
export function parseJson(text: string): { value: unknown } | FeedRejection {
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (forbidden === null && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
  } catch (e) {
    return reject('invalid-json', `the feed is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (forbidden !== null) return reject('forbidden-key', `the feed contains the key "${forbidden}", which is never allowed`);
  return { value };
}
