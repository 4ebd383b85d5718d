/**
 * A clinical trial's phase is no name (lang-news.md: numbered stages are no names; the English gold
 * leaves "a large Phase 3 trial", "whose Phase 3 results" unmarked). The tagger makes it OTHER.
 * misc-labels.ts leaves "Phase" alone, since a named deal ("the Phase 1 trade deal") is OTHER; here
 * only a phase before a trial's words ("trial", "study", "results", "data") is dropped (English).
 * Per mention, its text first (a cheap check on its first letter), then the word after it.
 */
import type { EntityMention } from '../types';
import { kept } from './by-block';
import { codeAt } from './chars';

/** A phase label: "Phase 3", "Phase 2b", "Phase III", "Phase 1/2". */
const PHASE = /^Phase (?:[1-4][ab]?(?:\/[1-4])?|I{1,3}|IV|I\/II|II\/III)$/u;

/** The words after a trial's phase. */
const TRIAL_AFTER =
  /^(?:-| )(?:trials?|study|studies|results?|data|testing|tests?|clinical|program(?:me)?s?|portion|readouts?)\b/u;

/** Whether `m` is a trial's phase in `block`. */
function isTrialPhase(block: string, m: EntityMention): boolean {
  if (codeAt(m.text, 0) !== 80 || !PHASE.test(m.text)) return false;
  return TRIAL_AFTER.test(block.slice(m.end, m.end + 14));
}

/** The mentions without the phases of clinical trials. */
export function withoutTrialPhases(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return kept(mentions, (m) => !isTrialPhase(text.get(m.blockId) ?? '', m));
}
