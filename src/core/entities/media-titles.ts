/**
 * A name with its leading "The" (issue 15): the names guidelines keep a capitalised "The"
 * inside a name when the article writes it so mid-sentence (`The Crown`, "a review of The Salt
 * Year"), and at the start of a sentence only when the article writes the name with "The"
 * elsewhere. The tagger, trained on news that writes "the" in lower case, stops after it. A
 * mention gets its "The" on evidence:
 * - a title typed OTHER whole in quotes ("'The Lantern Keeper' lights up October");
 * - "The" after a lower-case word mid-sentence ("the thriller The Lantern Keeper"), for a name
 *   typed OTHER only (CoNLL's annotators leave "The" outside organisations' names);
 * - "The" first in its sentence, the name followed by "by" and a capitalised name ("The Glass
 *   Orchard by Helen Mayhew"): a work and its author, OTHER;
 * and then every other mention of the same name after a "The", whatever starts its sentence.
 * Cheap: nothing to do in a text without "The " before a mention.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan, unchanged } from './by-block';

/** Opening quotes before a title's "The". */
const OPENING_QUOTES = new Set(["'", '‘', '"', '“']);

/** Closing quotes after a title: the whole title is quoted. */
const CLOSING_QUOTES = new Set(["'", '’', '"', '”']);

/** A lower-case word and a space before "The" (what precedes it, up to 24 characters back). */
const LOWER_WORD_BEFORE = /(?:^|[\s(])\p{Ll}[\p{Ll}'’-]{0,20},? $/u;

/** "by" and a capitalised name after a work's title. */
const BY_AUTHOR = /^ by \p{Lu}/u;

/** A sentence's end and a space before "The". */
const SENTENCE_END = /^[.!?]\s$/u;

/** What a mention gets: a "The" (and the type to give it, or null to keep its own). */
type Evidence = { type: EntityMention['type'] | null };

/** Whether "The" at `at` of `block` is inside a name: after an opening quote, or a lower-case word. */
function insideName(block: string, at: number): Evidence | null {
  const before = charAt(block, at - 1);
  if (OPENING_QUOTES.has(before)) return { type: 'OTHER' };
  if (before === ' ' && LOWER_WORD_BEFORE.test(block.slice(Math.max(0, at - 24), at))) return { type: null };
  return null;
}

function evidence(block: string, m: EntityMention): Evidence | null {
  const at = m.start - 4;
  if (at < 0 || block.slice(at, m.start) !== 'The ') return null;
  const inside = insideName(block, at);
  // Mid-sentence, only a name typed OTHER: news writes "The" in some organisations' names where
  // CoNLL's annotators left it outside.
  if (inside && m.type === 'OTHER' && (inside.type === null || CLOSING_QUOTES.has(charAt(block, m.end)))) return inside;
  if (
    BY_AUTHOR.test(block.slice(m.end, m.end + 6)) &&
    (at === 0 || charAt(block, at - 1) === '\n' || SENTENCE_END.test(block.slice(at - 2, at)))
  )
    return { type: 'OTHER' };
  return null;
}

/** The mentions (in text order) with a name's leading "The" inside the name, on evidence. */
export function withLeadingThe(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // The cheap check first: some mention right after "The ".
  const anyThe = mentions.some(
    (m) => m.start >= 4 && (text.get(m.blockId) ?? '').slice(m.start - 4, m.start) === 'The ',
  );
  if (!anyThe) return unchanged(mentions);
  const named = new Map<string, EntityMention['type']>();
  // Names the tagger gave their "The" mid-sentence ("the thriller The Copper Lamp").
  for (const m of mentions)
    if (
      m.type === 'OTHER' &&
      m.text.startsWith('The ') &&
      m.text.length > 5 &&
      insideName(text.get(m.blockId) ?? '', m.start)
    )
      named.set(m.text.slice(4), m.type);
  const out = mapped(mentions, (m) => {
    const block = text.get(m.blockId) ?? '';
    const found = evidence(block, m);
    if (!found) return m;
    const type = found.type ?? m.type;
    named.set(m.text, type);
    return respan(m, m.start - 4, m.end, `The ${m.text}`, type);
  });
  if (named.size === 0) return out;
  return mapped(out, (m) => {
    const type = named.get(m.text);
    if (type === undefined || m.start < 4 || (text.get(m.blockId) ?? '').slice(m.start - 4, m.start) !== 'The ')
      return m;
    return respan(m, m.start - 4, m.end, `The ${m.text}`, type);
  });
}
