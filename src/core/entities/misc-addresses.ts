/**
 * A set-piece speech or budget of a government is an event, not a body (eval/gold/guidelines/
 * names.md: a named recurring event is MISC; the en-train gold marks "the week before the State
 * of the Union", "after the president's State of the Union address", "after the Union Budget on
 * February 1" MISC). The tagger reads them as bodies from their capitals ("State", "Union").
 * Issue 15, the families of the en-train pages (Semafor, Axios, The Indian Express).
 *
 * After tagging (English): a mention typed ORG or PLACE that is one of the speeches and budgets
 * below is OTHER. Per mention, one look-up; no regular expression over the text.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** Speeches and budgets the tagger reads as bodies. */
const ADDRESSES = new Set([
  'State of the Union',
  'State of the State',
  'State of the Nation',
  'State of the City',
  'Union Budget',
  'Interim Budget',
  'Autumn Statement',
  'Spring Statement',
  "King's Speech",
  'King’s Speech',
  "Queen's Speech",
  'Queen’s Speech',
  'Speech from the Throne',
  'Throne Speech',
]);

/** `mentions` with speeches and budgets typed ORG or PLACE made OTHER. */
export function withAddresses(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) =>
    (m.type === 'ORG' || m.type === 'PLACE') && ADDRESSES.has(m.text) ? retype(m, 'OTHER') : m,
  );
}
