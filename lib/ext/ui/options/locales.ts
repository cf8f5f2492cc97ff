/**
 * Languages offered for explanations. A rule without text in the chosen language shows its
 * English text (rules: "en" is required and is the fallback); the options page says how many
 * rules each language covers, so nobody is promised a translation that is not there.
 */
export const LOCALES: readonly (readonly [string, string])[] = [
  ['auto', 'Same as the browser'],
  ['en', 'English'],
  ['ar', 'العربية (Arabic)'],
  ['am', 'አማርኛ (Amharic)'],
  ['bn', 'বাংলা (Bengali)'],
  ['es', 'Español (Spanish)'],
  ['fr', 'Français (French)'],
  ['hi', 'हिन्दी (Hindi)'],
  ['id', 'Bahasa Indonesia'],
  ['my', 'မြန်မာ (Burmese)'],
  ['ne', 'नेपाली (Nepali)'],
  ['ru', 'Русский (Russian)'],
  ['th', 'ไทย (Thai)'],
  ['tl', 'Filipino (Tagalog)'],
  ['uk', 'Українська (Ukrainian)'],
  ['ur', 'اردو (Urdu)'],
  ['vi', 'Tiếng Việt (Vietnamese)'],
];
