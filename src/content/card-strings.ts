/**
 * Every string the hover card shows of its own (names, roles and sentences come from the
 * article), in one place, each read from `_locales` through `t` (see shared/i18n.ts) when
 * it is used, so the card speaks the reader's language.
 */
import { formatNumber, t, uiLanguage, type MessageKey } from '../shared/i18n';

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** "three", "12": small numbers in words, as an English reader says them; figures in other languages. */
export const count = (n: number): string => (uiLanguage().startsWith('en') ? (SMALL[n] ?? String(n)) : formatNumber(n));

export type RelationUnit = 'day' | 'week' | 'month' | 'year';

const SAME: Record<RelationUnit, MessageKey> = {
  day: 'relSameDay',
  week: 'relSameWeek',
  month: 'relSameMonth',
  year: 'relSameYear',
};
const ONE: Record<RelationUnit, [MessageKey, MessageKey]> = {
  day: ['relDayBefore', 'relDayAfter'],
  week: ['relWeekBefore', 'relWeekAfter'],
  month: ['relMonthBefore', 'relMonthAfter'],
  year: ['relYearBefore', 'relYearAfter'],
};
const MANY: Record<RelationUnit, [MessageKey, MessageKey]> = {
  day: ['relDaysBefore', 'relDaysAfter'],
  week: ['relWeeksBefore', 'relWeeksAfter'],
  month: ['relMonthsBefore', 'relMonthsAfter'],
  year: ['relYearsBefore', 'relYearsAfter'],
};

export const HOVER_STRINGS = {
  mentionOf: (i: number, n: number): string => t('hoverMentionOf', i, n),
  get previous(): string {
    return t('hoverPrevious');
  },
  get next(): string {
    return t('hoverNext');
  },
  get wikipedia(): string {
    return t('cardWikipedia');
  },
  get approximate(): string {
    return t('cardApproximate');
  },
  get inferred(): string {
    return t('hoverInferredNote');
  },
  get guess(): string {
    return t('hoverGuessNote');
  },
  quoted: (sentence: string): string => t('hoverQuoted', sentence),
  get previewsOff(): string {
    return t('hoverPreviewsOff');
  },
  get turnOn(): string {
    return t('hoverTurnOn');
  },
  /** A date against the article's publication: "three days before this article". */
  relation: (n: number, unit: RelationUnit, before: boolean): string => {
    if (n === 0) return t(SAME[unit]);
    const side = before ? 0 : 1;
    if (n === 1) return t(ONE[unit][side]);
    return t(MANY[unit][side], count(n));
  },
} as const;
