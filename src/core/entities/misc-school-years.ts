/**
 * A school year or class by its number is no name (English, issue 15; names.md: stage labels
 * and numbered levels are not names): "the Class 12 board exam results", "Class 10 students", "a
 * Class VIII certificate", "Year 11 pupils", "Grade 5". The tagger reads the capitalised word
 * and its number as an OTHER name. After tagging: a mention that is exactly "Class", "Grade",
 * "Year", "Form" or "Standard" and a number of up to two digits or a Roman numeral up to four
 * letters is dropped. Per mention, a look at its first letter and length before the pattern.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { kept } from './by-block';

/** A school year's word, then its number. */
const SCHOOL_YEAR = /^(?:Class|Grade|Year|Form|Standard) (?:\d{1,2}|[IVX]{1,4})$/u;

/** First letters of the school years' words: the cheap check before the pattern. */
const FIRST = new Set(['C', 'G', 'Y', 'F', 'S']);

/** Whether a mention's text is a school year by its number ("Class 10", "Class VIII"). */
export function isSchoolYear(name: string): boolean {
  return name.length <= 13 && FIRST.has(charAt(name, 0)) && SCHOOL_YEAR.test(name);
}

/** The mentions that are no school year. */
export function withoutSchoolYears(mentions: readonly EntityMention[]): EntityMention[] {
  return kept(mentions, (m) => !isSchoolYear(m.text));
}
