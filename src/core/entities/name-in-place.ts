/**
 * "Goddard Space Flight Center in Greenbelt", "Tax Policy Center in Washington": an
 * institution and the place it is in, read by the tagger as one name, are two names (as
 * CoNLL and the names guidelines write them). Only where the part before "in" ends in an
 * organisation word: "Organisation for Security and Cooperation in Europe", "Human Rights in
 * China" and titles ("Lucy in the Sky") stay whole. (English; applied by `MentionRules`.)
 */
import type { EntityMention, EntityType } from '../types';
import { isCapitalisedWord, type Word, wordsIn } from './text-words';
import { respan, unchanged } from './by-block';

export function splitAtIn(
  text: string,
  mentions: readonly EntityMention[],
  isOrgWord: (word: string) => boolean,
): EntityMention[] {
  // Most texts have no name with " in " inside it: their mentions as they are.
  if (!mentions.some((m) => m.text.includes(' in '))) return unchanged(mentions);
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.text.includes(' in ')) out.push(...split(text, m, isOrgWord));
    else out.push(m);
  }
  return out;
}

/** `m` as one name, or the institution and the place it is in. */
function split(text: string, m: EntityMention, isOrgWord: (word: string) => boolean): EntityMention[] {
  const words = wordsIn(text, m.start, m.end);
  const k = words.findIndex((w) => w.text === 'in');
  const head = words[k - 1];
  const place = words.slice(k + 1);
  if (k < 1 || !head || !isOrgWord(head.text) || place.length === 0 || place.length > 3) return [m];
  if (!place.every((w) => isCapitalisedWord(w.text))) return [m];
  const first = place[0] as Word;
  const last = place[place.length - 1] as Word;
  const placeType: EntityType = isOrgWord(last.text) ? 'ORG' : 'PLACE';
  return [
    respan(m, m.start, head.end, text.slice(m.start, head.end), 'ORG' as EntityType),
    respan(m, first.start, m.end, text.slice(first.start, m.end), placeType),
  ];
}
