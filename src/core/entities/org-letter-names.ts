/**
 * A sentence's full stop after an organisation named by one letter is outside its name (English,
 * issue 15: "he posted on X.", "wrote on X. Oliveira, 36, ..."). The tokenizer reads a capital
 * letter and a full stop as an initial ("John F. Kennedy") and the tagger keeps the stop in the
 * name. After tagging: a mention typed ORG that is one capital letter and a full stop, with the
 * block's end, a space, a line break or a closing quotation mark after it, ends before the stop.
 * People keep their initials (they are typed PERSON); "U.S." and "D.C." are more than one letter.
 * Per ORG mention, a look at its length and the character after it.
 */
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';

/** Characters after a sentence's full stop. */
const AFTER_STOP = new Set(['', ' ', '\n', '"', '”', "'", '’', ')']);

/** The mentions with an organisation of one letter cut before a sentence's full stop. */
export function withLetterNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.type !== 'ORG' || m.text.length !== 2 || m.text.charAt(1) !== '.') return m;
    const letter = m.text.charAt(0);
    if (letter < 'A' || letter > 'Z') return m;
    if (!AFTER_STOP.has((text.get(m.blockId) ?? '').charAt(m.end))) return m;
    return respan(m, m.start, m.end - 1, letter);
  });
}
