/**
 * Newspapers are organisations (eval/gold/guidelines/names.md: ORG holds "newspapers"; CoNLL-2003
 * marks "Financial Times" and "Wall Street Journal" ORG). The tagger knows the famous ones, but
 * reads a paper it has never seen, with its capital "The", as the title of a work ("The Meridian
 * Ledger", "Cedar Valley Courier" typed OTHER) or by the town in its name as a place: a mention of
 * two words or more typed OTHER or PLACE whose last word is a masthead's ("Ledger", "Gazette",
 * "Tribune" ...) is made ORG (English). Words that end places or awards too ("Republic", "Globe",
 * "Star") are not in the list.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { lastSpace } from './last-space';

/** The last words of a newspaper's name. */
const MASTHEAD_LAST = new Set(
  'Ledger|Courier|Gazette|Tribune|Herald|Chronicle|Dispatch|Examiner|Inquirer|Enquirer|Sentinel|Journal|Times|Post|Post-Gazette|Courier-Journal|Bulletin|Advertiser|Telegraph'.split(
    '|',
  ),
);

/** Whether a name of two words or more ends in a masthead's word ("The Meridian Ledger"). */
export function isMasthead(name: string): boolean {
  const space = lastSpace(name);
  return space > 0 && MASTHEAD_LAST.has(name.slice(space + 1));
}

/** The mentions with the newspapers typed OTHER or PLACE made ORG. */
export function withMastheads(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) =>
    (m.type === 'OTHER' || m.type === 'PLACE') && isMasthead(m.text) ? retype(m, 'ORG' as const) : m,
  );
}
