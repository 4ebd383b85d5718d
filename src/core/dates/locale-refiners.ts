/**
 * Refiners for the dates of languages other than English: a leading preposition or article
 * is outside the extent ("am Dienstag" is "Dienstag", as TIMEX3 and the English dates have
 * it), a result inside a longer one gives way to it, and a day and month without a year that
 * would fall more than two months after the reference date is read in the year before (news
 * reports what happened: "el 3 de marzo" in a November article is the March gone by).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOurs } from './timex-tags';

/** Words before a date that are not part of it, per language (lower-case). */
const LEADING_WORDS: Record<string, string> = {
  de: 'am|im|an|vom|von|bis|seit|ab|zum|zur|um|für|vor|nach|dem|den|der',
  es: 'el|la|los|las|en|desde|hasta|para|a|al|del|de',
  fr: "le|la|les|en|depuis|dès|jusqu’au|jusqu'au|au|du|de|à",
  nl: 'op|in|van|tot|sinds|vanaf|de|het|per',
  it: 'il|lo|la|in|dal|dallo|al|fino|a|da|nel|del',
  pt: 'o|a|em|no|na|desde|até|de|do|da|ao',
  sv: 'i|på|den|från|till|sedan',
  pl: 'w|we|od|do|z|na',
};

/** Words for "now" (lower-case): the moment of reading, not a date of the story. */
const NOW_WORDS = new Set([
  'jetzt',
  'nun',
  'ahora',
  'ahora mismo',
  'maintenant',
  'nu',
  'agora',
  'ora',
  'adesso',
  'teraz',
  'just nu',
  'сейчас',
  'зараз',
  '现在',
  '現在',
  '今',
]);

/** A weekday written as two or three letters alone (a dot allowed): "So", "Do.", "zo". */
function isBareWeekday(r: ParsingResult): boolean {
  const text = r.text.trim().replace(/\.$/u, '');
  return (
    text.length <= 3 && /^\p{L}+$/u.test(text) && r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.end
  );
}

/** Days ahead of the reference date beyond which a date without a year is read a year earlier. */
const AHEAD_DAYS = 62;

/** The leading words of a date in `lang` that are outside its extent (null: none listed). */
export function leadingWords(lang: string): RegExp | null {
  const words = LEADING_WORDS[lang];
  return words ? new RegExp(`^(?:(?:${words})\\s){1,2}`, 'iu') : null;
}

/** Languages with leading words (for the regular-expression audit). */
export const LEADING_LANGUAGES = Object.keys(LEADING_WORDS);

export class LocaleRefiner implements Refiner {
  private readonly leading: RegExp | null;

  constructor(lang: string) {
    this.leading = leadingWords(lang);
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results = results.filter((r) => isOurs(r) || !(NOW_WORDS.has(r.text.trim().toLowerCase()) || isBareWeekday(r)));
    for (const r of results) {
      const lead = this.leading?.exec(r.text)?.[0];
      if (lead && lead.length < r.text.length) {
        r.index += lead.length;
        r.text = r.text.slice(lead.length);
      }
      this.leanToPast(context, r);
    }
    return withoutInner(results);
  }

  private leanToPast(context: ParsingContext, r: ParsingResult): void {
    const c = r.start;
    if (isOurs(r) || c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return;
    const year = c.get('year');
    const ref = context.reference.instant;
    if (year === null) return;
    const date = Date.UTC(year, (c.get('month') ?? 1) - 1, c.get('day') ?? 1);
    if (date - ref.getTime() > AHEAD_DAYS * 86_400_000) c.imply('year', year - 1);
  }
}

/** The results, without any that lies inside a longer one. */
function withoutInner(results: ParsingResult[]): ParsingResult[] {
  const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: ParsingResult[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.index < last.index + last.text.length) {
      if (r.index + r.text.length > last.index + last.text.length && r.text.length > last.text.length)
        kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}
