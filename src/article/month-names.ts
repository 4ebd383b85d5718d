/**
 * Month names in the languages of the pages Lede reads most after English (Spanish,
 * Portuguese, French, Italian, German, Dutch), for datelines written out in words:
 * "12 de marzo de 2025", "5 mars 2024", "3. März 2023", "7 maggio 2022". English months
 * are read by chrono and by the patterns that already know them.
 */
const NAMES: readonly (readonly string[])[] = [
  ['enero', 'janeiro', 'janvier', 'gennaio', 'januar', 'januari', 'jänner'],
  ['febrero', 'fevereiro', 'février', 'fevrier', 'febbraio', 'februar', 'februari'],
  ['marzo', 'março', 'marco', 'mars', 'märz', 'maerz', 'maart'],
  ['abril', 'avril', 'aprile', 'april'],
  ['mayo', 'maio', 'mai', 'maggio', 'mei'],
  ['junio', 'junho', 'juin', 'giugno', 'juni'],
  ['julio', 'julho', 'juillet', 'luglio', 'juli'],
  ['agosto', 'août', 'aout', 'august', 'augustus'],
  ['septiembre', 'setiembre', 'setembro', 'septembre', 'settembre', 'september'],
  ['octubre', 'outubro', 'octobre', 'ottobre', 'oktober'],
  ['noviembre', 'novembro', 'novembre', 'november'],
  ['diciembre', 'dezembro', 'décembre', 'decembre', 'dicembre', 'dezember', 'december'],
];

const BY_NAME = new Map<string, number>(NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** The month (1..12) a word names in one of these languages, or null. */
export function monthOf(word: string): number | null {
  return BY_NAME.get(word.toLowerCase()) ?? null;
}

/**
 * A day, a month in words and a year, with the connectors these languages use ("de",
 * "del", a day's dot or "er"): groups day, month word, year. The month is any run of
 * letters; `monthOf` says whether it is one.
 */
const WORD_DATE =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:\.|º|er|°)?\s{1,3}(?:de\s{1,3})?(\p{L}{3,10})\.?,?\s{1,3}(?:(?:de|del)\s{1,3})?(\d{4})(?!\d)/giu;

/** A cheap first test: every such date ends in a year of four digits. */
const YEAR = /\d{4}/u;

/** The first day written with a month in words of these languages (and where it ends in the text), or null. */
export function findWordDate(text: string): { year: number; month: number; day: number; end: number } | null {
  if (!YEAR.test(text)) return null;
  for (const m of text.matchAll(WORD_DATE)) {
    const month = monthOf(m[2] ?? '');
    const day = Number(m[1]);
    if (month && day >= 1 && day <= 31) return { year: Number(m[3]), month, day, end: m.index + m[0].length };
  }
  return null;
}

/** The text with each day written with a month in words of these languages replaced by a space. */
export function withoutWordDates(text: string): string {
  if (!YEAR.test(text)) return text;
  return text.replace(WORD_DATE, (m: string, _d: string, month: string) => (monthOf(month) ? ' ' : m));
}
