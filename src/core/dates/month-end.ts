/**
 * "The end of the month" told in the past is the end of a month that has passed: the month the
 * story last named ("The plant closed on April 3. By the end of the month, 400 workers had
 * left": April), else, while the publication's month has not ended, a month the text does not
 * fix (off the timeline: "The deadline passed at the end of the month" in a story of 2 February
 * is not February, and which earlier month it is the text does not say). Told in the present or
 * the future it stays the publication's month.
 */
import type { Block, DateMention } from '../types';
import { clauseEnd, clauseStart, nearestCue } from './clause';
import { PAST_WORD } from './news-tense-refiner';

const END_OF_THE_MONTH = /^(?:the\s{1,3})?(?:very\s{1,3})?end\s{1,3}of\s{1,3}the\s{1,3}month$/iu;
/**
 * Words of the future or of a plan, in the past too: the month still to end ("will close by the
 * end of the month", "programs that were set to lapse at the end of the month").
 */
const AHEAD =
  /(?<![\p{L}])(?:will|won['’]t|shall|going to|plans? to|expects? to|expected to|aims? to|intends? to|hopes? to|due to|set to|scheduled to|about to|poised to|would|should|must|needs? to|has to|have to)(?![\p{L}])|['’]ll(?![\p{L}])/giu;
/** How many blocks back the month a past "end of the month" points to may stand. */
const NEAR_BLOCKS = 1;
/** From this day of the publication's month on, its end is near enough to be told in the past. */
const MONTH_ENDING_DAY = 25;

export function endOfTheMonth(mentions: readonly DateMention[], blocks: readonly Block[], reference: Date): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  let month: { value: string; blockId: number } | null = null;
  for (const m of mentions) {
    if (m.type === 'DURATION' || m.type === 'SET') continue;
    if (END_OF_THE_MONTH.test(m.text) && /^\d{4}-\d{2}$/u.test(m.value)) {
      const body = text.get(m.blockId) ?? '';
      const tense = nearestCue(body, clauseStart(body, m.start), clauseEnd(body, m.end), m.start, m.end, [
        [AHEAD, 1],
        [PAST_WORD, -1],
      ]);
      if (tense < 0) {
        if (month && m.blockId - month.blockId <= NEAR_BLOCKS) {
          m.value = month.value;
          m.certainty = 'inferred';
        } else if (reference.getUTCDate() < MONTH_ENDING_DAY) {
          m.value = 'XXXX-XX';
          m.certainty = 'approximate';
        }
      }
      continue;
    }
    if (/^\d{4}-\d{2}(?:-\d{2})?(?:T|$)/u.test(m.value)) month = { value: m.value.slice(0, 7), blockId: m.blockId };
  }
}
