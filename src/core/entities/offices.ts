/**
 * Titles and offices (English; read by `MentionRules`): the role words written before a
 * person's name, and a title the tagger took for a name.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { bare, hasSpace, isCapitalisedWord, lastWordIn, wordAt, type Word } from './text-words';

/** Titles and roles written before a person's name (beside the word lists' TITLE words). */
export const ROLE_WORDS = new Set(
  (
    'president vice prime minister secretary chancellor governor senator representative mayor ambassador ' +
    'chairman chairwoman chair ceo cfo coo cto co-ceo founder co-founder director spokesman spokeswoman ' +
    'spokesperson adviser advisor insider correspondent leader chief executive officer commissioner coach ' +
    'judge justice general attorney analyst editor reporter professor king queen prince princess pope ' +
    'premier sheriff lieutenant captain colonel sergeant admiral inspector detective deputy'
  ).split(' '),
);

/** Offices that end a title and never a person's name ("Stephen King", "Erik Prince": not here). */
const OFFICES = new Set(
  (
    'officer director executive editor president secretary chancellor governor senator representative ' +
    'ambassador chairman chairwoman ceo cfo coo cto founder co-founder spokesman spokeswoman spokesperson ' +
    'adviser advisor correspondent commissioner analyst professor minister inspector attorney'
  ).split(' '),
);

/**
 * A title taken for a name: a "person" of two words or more ending in an office ("Chief
 * Strategy Officer" cut to "Strategy Officer"), or one title word just before another
 * ("Vice" in "Vice President Biden", which the word lists know as a town).
 */
export function isOffice(text: string, m: EntityMention, isTitle: (word: string) => boolean): boolean {
  if (m.type === 'PERSON' && hasSpace(m.text)) {
    return OFFICES.has(bare((lastWordIn(text, m.start, m.end) as Word).text));
  }
  if (hasSpace(m.text) || !ROLE_WORDS.has(bare(m.text))) return false;
  const next = charAt(text, m.end) === ' ' ? wordAt(text, m.end + 1) : undefined;
  return next !== undefined && isCapitalisedWord(next.text) && isTitle(next.text);
}
