/** Picks the text for a locale: exact tag, then its primary language, then English. */
export function pick<T>(texts: Record<string, T> | undefined, locale: string): T | undefined {
  if (!texts) return undefined;
  const tag = locale.toLowerCase();
  return texts[tag] ?? texts[tag.split('-')[0]!] ?? texts.en;
}
