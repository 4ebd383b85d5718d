/**
 * The town a person is from is a place (eval/gold/guidelines/names.md: cities LOC; the en-train
 * gold marks "her son, Michael Kowalski of Parkville", "Graham Pickersgill, 61, of Harrogate",
 * "Parul Rathi of Uttar Pradesh", "Ridgeview resident Carla Dumont" LOC). The tagger reads a name
 * after a person's "of" as the person's employer ("Jane Roe of Acme"), and a town before
 * "resident" as a body. Issue 15, the families of the en-train pages (The Baltimore Sun, BBC News,
 * Hindustan Times, CBC, NZ Herald).
 *
 * After tagging (English), outside a sports story (there "Cole Palmer of Chelsea" is the club):
 * a mention typed ORG right after a person's mention, an age between commas and " of " ("Graham
 * Pickersgill, 61, of Harrogate") is a place, and so is one that the word lists hold as a
 * country, a city or a region right after a person's mention and " of ", or right before
 * " resident". Per ORG mention, one look-up in the word lists (cached) and a look
 * at the characters around it; no regular expression over the text.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype } from './by-block';
import { codeAt } from './chars';

/** Whether `gap` (the text between a person and the name) is ", 61, of ": an age between commas. */
function isAgeGap(gap: string): boolean {
  if (!gap.startsWith(', ') || !gap.endsWith(', of ')) return false;
  const age = gap.slice(2, -5);
  if (age.length < 1 || age.length > 3) return false;
  for (let i = 0; i < age.length; i++) {
    const c = codeAt(age, i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `mentions` with listed places typed ORG after a person's "of", or before "resident", made places. */
export function withPersonsTowns(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
): EntityMention[] {
  let sports: boolean | undefined;
  return mapped(mentions, (m, i) => {
    if (m.type !== 'ORG') return m;
    const block = text.get(m.blockId) ?? '';
    const prev = i > 0 ? mentions[i - 1] : undefined;
    const gap =
      prev !== undefined &&
      prev.blockId === m.blockId &&
      prev.type === 'PERSON' &&
      prev.end < m.start &&
      m.start - prev.end <= 9
        ? block.slice(prev.end, m.start)
        : '';
    const aged = isAgeGap(gap);
    if (!aged && gap !== ' of ' && !block.startsWith(' resident', m.end)) return m;
    if (!aged && !isPlace(m.text)) return m;
    sports ??= isSportsText(text);
    return sports ? m : retype(m, 'PLACE');
  });
}
