/**
 * A prison or a courthouse is a place (eval/gold/guidelines/lang-news.md, the en-train13
 * rulings: "a prison, a courthouse, a library used as a venue and a stadium LOC"). The tagger
 * reads a county's jail or justice centre as a body from its county and its capitals ("remains
 * in the Pinellas County Jail", "the fourth floor of the Pinellas County Justice Center"). Issue
 * 15, the families of en-train13.
 *
 * After tagging (English): a mention typed ORG or OTHER of two words or more whose last word
 * is a prison's or a courthouse's ("Jail", "Prison", "Courthouse", ...), or whose last two words
 * are ("Justice Center", "Detention Center", "Correctional Facility"), is made a place. A body
 * named for prisons ("Prison Reform Trust", "Bureau of Prisons") ends otherwise and is left
 * alone. So is a British prison named by its prefix ("released from HMP Forest Bank", "HMYOI
 * Wetherby", "HM Prison Leeds"; names47a, en-train19). Per mention, a look at its first and last
 * word. One walk, copying only on change.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { lastSpace } from './last-space';

/** Last words of prisons and courthouses. */
const PRISON_LAST = new Set('Jail|Prison|Gaol|Courthouse|Penitentiary'.split('|'));

/** Last two words of prisons and courthouses, with the space before them. */
const PRISON_ENDS = [
  ' Justice Center',
  ' Justice Centre',
  ' Detention Center',
  ' Detention Centre',
  ' Correctional Facility',
  ' Correctional Center',
  ' Correctional Institution',
];

/** A British prison's prefix before its name, with the space after it. */
const PRISON_PREFIXES = ['HMP ', 'HMYOI ', 'HM Prison '];

/** Whether `name` (two words or more) is a prison's or a courthouse's. */
function isPrison(name: string): boolean {
  const space = lastSpace(name);
  if (space < 0) return false;
  if (PRISON_PREFIXES.some((p) => name.length > p.length && name.startsWith(p))) return true;
  if (PRISON_LAST.has(name.slice(space + 1))) return true;
  return PRISON_ENDS.some((end) => name.length > end.length && name.endsWith(end));
}

/** `mentions` with the prisons and courthouses typed ORG or OTHER made places. */
export function withPrisons(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) =>
    (m.type === 'ORG' || m.type === 'OTHER') && isPrison(m.text) ? retype(m, 'PLACE') : m,
  );
}
