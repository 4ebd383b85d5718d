/**
 * A name spelled out before its acronym in brackets is one name, whatever pieces the tagger
 * cut it into ("National Association of Purchasing Management (NAPM)", "Guangdong Post and
 * Telecommunications Administration (GPTA)", "Centers for Disease Control and Prevention
 * (CDC)"): the capitalised words and small linking words before the bracket, from the first
 * word that begins with the acronym's first letter, when the acronym's letters come in order
 * among the words' initials. English; applied by `MentionRules`.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { isAcronym, lastWordIn, type Word } from './text-words';

/** Small words inside a spelled-out name ("Party of ...", "Rally for the Return of ..."). */
const LINKS = new Set('of for the and in on de du des la le et y & to'.split(' '));
/** The most words a spelled-out name is looked for in. */
const MAX_WORDS = 14;

export function spelledOutNames(
  text: string,
  mentions: EntityMention[],
  isOrgWord: (word: string) => boolean,
): EntityMention[] {
  let out = mentions;
  for (let at = text.indexOf(' ('); at >= 0; at = text.indexOf(' (', at + 2)) {
    const close = closingBracket(text, at + 2, at + 12);
    if (close < 0) continue;
    const acronym = text.slice(at + 2, close);
    if (!isAcronym(acronym) || !/^[\p{Lu}\p{N}&]+$/u.test(acronym)) continue;
    const start = spelledOutStart(text, at, acronym);
    if (start < 0) continue;
    // Only where the tagger found some of it, and the name is no longer than the words.
    const inside = out.filter((m) => m.start >= start && m.end <= at);
    if (inside.length === 0 || out.some((m) => m.start < start && m.end > start)) continue;
    if (inside.length === 1 && inside[0]?.start === start && inside[0]?.end === at) continue;
    // An organisation where the tagger saw one, or its last word names one ("Railway");
    // else what the tagger made of its last part ("Democratic Republic of Congo (DRC)").
    const lastWord = text.slice(start, at).split(' ').pop() ?? '';
    const type: EntityType =
      inside.some((m) => m.type === 'ORG') || isOrgWord(lastWord)
        ? 'ORG'
        : (inside[inside.length - 1] as EntityMention).type;
    const blockId = inside[0]?.blockId ?? 0;
    out = [
      ...out.filter((m) => !(m.start >= start && m.end <= at)),
      { blockId, start, end: at, text: text.slice(start, at), type },
    ].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The first ")" from `from` to `last` (included), or -1: a short look, not a search of the rest of the text. */
function closingBracket(text: string, from: number, last: number): number {
  for (let i = from; i <= last && i < text.length; i++) if (codeAt(text, i) === 41) return i;
  return -1;
}

/** Where the name spelled out before ` (` at `at` starts, or -1. */
function spelledOutStart(text: string, at: number, acronym: string): number {
  const from = Math.max(0, at - 160);
  // The run of capitalised and linking words just before the bracket, read backwards from it
  // word by word (most runs are short: no need to cut all the words of the stretch).
  const run: Word[] = [];
  for (let w = lastWordIn(text, from, at); w && run.length < MAX_WORDS; w = lastWordIn(text, from, w.start)) {
    const clean = w.text.replace(/,$/u, '');
    const capital = /^\p{Lu}/u.test(clean);
    if (!capital && !LINKS.has(clean)) break;
    // A comma ends the run unless a capitalised word follows in a list of the name's parts
    // ("Ministry of Trade, Industry and Energy").
    if (w.text.endsWith(',') && !capital) break;
    run.unshift(w);
  }
  while (run.length > 0 && !/^\p{Lu}/u.test((run[0] as Word).text)) run.shift();
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || run.length < 2) return -1;
  // The earliest start whose initials hold the acronym's letters in order, the first one first.
  for (let s = 0; s < run.length - 1; s++) {
    const first = run[s] as Word;
    if (first.text.charAt(0) !== charAt(letters, 0)) continue;
    const initials = run
      .slice(s)
      .map((w) => (/^\p{Lu}/u.test(w.text) ? w.text.replace(/[^\p{Lu}]/gu, '') || w.text.charAt(0) : ''))
      .join('');
    if (isSubsequence(letters, initials) && initials.length <= letters.length + 3) return first.start;
  }
  return -1;
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const c of hay) if (c === charAt(needle, i)) i++;
  return i === needle.length;
}
