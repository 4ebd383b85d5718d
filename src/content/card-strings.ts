/**
 * Every string the hover card shows of its own (names, roles and sentences come from the
 * article), in one place, so the card can move to `i18n.getMessage` in one step.
 */
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

/** "three", "12": small numbers in words, as a reader says them. */
export const count = (n: number): string => SMALL[n] ?? String(n);

export type RelationUnit = 'day' | 'week' | 'month' | 'year';

export const HOVER_STRINGS = {
  mentionOf: (i: number, n: number) => `Mention ${i} of ${n}`,
  previous: 'Previous mention',
  next: 'Next mention',
  wikipedia: 'Wikipedia',
  approximate: 'approximate',
  inferred: 'worked out from the publication date',
  quoted: (sentence: string) => `“${sentence}”`,
  previewsOff: 'Wikipedia summaries are off.',
  turnOn: 'Turn them on in Lede’s options',
  /** A date against the article's publication: "three days before this article". */
  relation: (n: number, unit: RelationUnit, before: boolean): string => {
    const side = before ? 'before' : 'after';
    if (n === 0) return unit === 'day' ? 'the day this article was published' : `the ${unit} of this article`;
    if (n === 1) return `the ${unit} ${side} this article`;
    return `${count(n)} ${unit}s ${side} this article`;
  },
} as const;
