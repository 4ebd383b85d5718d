/**
 * The English corrections of places after the others (issue 15): a dateline's town
 * (loc-datelines.ts), "St. Paul" and "Kanagawa Pref." whole (loc-abbreviated.ts), the states the AP abbreviates (loc-state-abbreviations.ts) and rail and
 * metro lines (loc-transit.ts), each a place; then days and months taken for names dropped
 * (org-calendar-words.ts) and the noun before a company's name left out (org-lead-words.ts).
 */
import type { EntityMention } from '../types';
import { GAZ, type Gazetteers } from './model/gazetteers';
import { isListedAs } from './listed-places';
import { withAbbreviatedPlaces } from './loc-abbreviated';
import { withDatelineTowns } from './loc-datelines';
import { withStateAbbreviations } from './loc-state-abbreviations';
import { withTransitLines } from './loc-transit';
import { withoutCalendarWords } from './org-calendar-words';
import { withoutLeadNouns } from './org-lead-words';

/** `mentions` (in text order) as these rules correct them; `gazetteers` lists the places. */
export function placeCorrections(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  gazetteers: Gazetteers,
): EntityMention[] {
  const listed = (mask: number) => (name: string) => isListedAs(name.toLowerCase().split(' '), gazetteers, mask);
  const places = withTransitLines(
    text,
    withStateAbbreviations(
      text,
      withAbbreviatedPlaces(text, withDatelineTowns(text, mentions, listed(GAZ.COUNTRY | GAZ.CITY | GAZ.REGION))),
    ),
    listed(GAZ.CITY | GAZ.REGION),
  );
  return withoutLeadNouns(withoutCalendarWords(text, places));
}
