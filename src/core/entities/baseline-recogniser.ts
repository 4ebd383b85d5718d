/**
 * BASELINE entity recogniser: capitalisation rules and small word lists, no learning.
 * It exists so the whole pipeline runs end to end; it is not accurate (expect an F1 well
 * below a trained tagger on news text) and is replaced by the trained model.
 *
 * Rules: a candidate is a run of capitalised tokens, possibly joined by connectors such as
 * "of" or "de" ("Bank of England"). A capitalised function word at the start of a sentence
 * is dropped ("The", "However"); month and weekday names are dates, not names. The type
 * comes from, in order: a title before the name (PERSON, the title outside the span),
 * an organisation suffix or an acronym (ORG), the place and demonym lists (PLACE, OTHER),
 * a preposition such as "in" before it (PLACE), a speech verb after it or a two- or
 * three-word name (PERSON), else OTHER. A single sentence-initial word that is in no list
 * is kept only when the same word is capitalised mid-sentence elsewhere in the article.
 */
import { splitSentences } from '../segment/sentences';
import { tokenize, type Token } from '../segment/tokens';
import type { Block, EntityMention, EntityType } from '../types';
import type { EntityRecogniser } from './recogniser';
import {
  DEMONYMS,
  MONTHS_AND_DAYS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ORG_SUFFIXES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  PLACES,
  SPEECH_VERBS,
} from './gazetteer';

interface Candidate {
  blockId: number;
  tokens: Token[];
  before: Token | undefined;
  after: Token | undefined;
  sentenceInitial: boolean;
}

const isCapitalised = (t: string): boolean => /^\p{Lu}/u.test(t) && /\p{L}/u.test(t);
const isAcronym = (t: string): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(t) && !/^(?:I|II|III|IV|VI)$/.test(t);
const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

export class BaselineRecogniser implements EntityRecogniser {
  readonly name = 'baseline-rules';

  recognise(blocks: readonly Block[]): EntityMention[] {
    const candidates = blocks.flatMap((block) => findCandidates(block));
    // Words capitalised somewhere other than a sentence start are names in this article.
    const midSentence = new Set(
      candidates.filter((c) => !c.sentenceInitial).flatMap((c) => c.tokens.map((t) => t.text)),
    );
    const mentions: EntityMention[] = [];
    for (const c of candidates) {
      const first = c.tokens[0];
      const last = c.tokens[c.tokens.length - 1];
      if (!first || !last) continue;
      const text = c.tokens.map((t) => t.text).join(' ');
      const block = blocks.find((b) => b.id === c.blockId);
      const spanText = block ? block.text.slice(first.start, last.end) : text;
      const type = classify(c, spanText);
      if (
        c.sentenceInitial &&
        c.tokens.length === 1 &&
        type === 'OTHER' &&
        !midSentence.has(first.text) &&
        !isAcronym(first.text)
      ) {
        continue;
      }
      mentions.push({ blockId: c.blockId, start: first.start, end: last.end, text: spanText, type });
    }
    return mentions;
  }
}

function findCandidates(block: Block): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of splitSentences(block.text)) {
    const tokens = tokenize(block.text.slice(sentence.start, sentence.end), sentence.start);
    let i = 0;
    // Skip opening quotes and brackets to find the sentence's first word.
    let firstWord = 0;
    while (firstWord < tokens.length && !/\p{L}|\p{N}/u.test(tokens[firstWord]?.text ?? '')) firstWord++;
    while (i < tokens.length) {
      const t = tokens[i];
      if (!t || !isNameToken(t.text)) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        const next = tokens[j];
        if (next && isNameToken(next.text)) {
          j++;
          continue;
        }
        // A connector joins two capitalised runs: "Bank of England".
        const after = tokens[j + 1];
        if (next && NAME_CONNECTORS.has(next.text) && after && isNameToken(after.text) && next.text !== 'and') {
          j += 2;
          continue;
        }
        break;
      }
      let start = i;
      // A sentence-initial function word or title is not part of the name.
      while (
        start < j &&
        (NOT_NAMES.has(tokens[start]?.text.toLowerCase() ?? '') || PERSON_TITLES.has(lower(tokens[start])))
      ) {
        start++;
      }
      // Titles inside the run ("President Joe Biden") stay outside the span.
      const span = tokens.slice(start, j);
      if (span.length > 0 && !span.every((s) => MONTHS_AND_DAYS.has(s.text.toLowerCase()))) {
        out.push({
          blockId: block.id,
          tokens: span,
          before: tokens[start - 1],
          after: tokens[j],
          sentenceInitial: start === firstWord,
        });
      }
      i = j;
    }
  }
  return out;
}

function isNameToken(t: string): boolean {
  if (!isCapitalised(t)) return false;
  if (MONTHS_AND_DAYS.has(t.toLowerCase())) return false;
  return true;
}

function classify(c: Candidate, text: string): EntityType {
  const key = text.replace(/['’]s$/u, '').toLowerCase();
  const last = lower(c.tokens[c.tokens.length - 1]);
  const first = c.tokens[0]?.text ?? '';
  if (PERSON_TITLES.has(lower(c.before).replace(/\.$/, ''))) return 'PERSON';
  if (PLACES.has(key)) return 'PLACE';
  if (DEMONYMS.has(key) || DEMONYMS.has(key.replace(/s$/, ''))) return 'OTHER';
  if (ORG_SUFFIXES.has(last) || (c.tokens.length > 1 && ORG_SUFFIXES.has(first.toLowerCase()))) return 'ORG';
  if (c.tokens.length === 1 && isAcronym(first)) return 'ORG';
  if (PLACE_PREPOSITIONS.has(lower(c.before)) && c.tokens.length <= 2) return 'PLACE';
  if (SPEECH_VERBS.has(lower(c.after))) return 'PERSON';
  if (c.tokens.length >= 2 && c.tokens.length <= 3 && c.tokens.every((t) => isCapitalised(t.text))) return 'PERSON';
  return 'OTHER';
}
