/**
 * Hospitals and health providers are organisations (eval/gold/guidelines/names.md: ORG holds
 * "hospitals"; the modern train gold marks every "X Medical Center" and "X Health" ORG). The
 * tagger reads some as places from the town in their name ("Providence Alaska Medical Center",
 * "Lakeview Medical Center", "Atrium Health"): a mention typed PLACE whose last words are a
 * health provider's ("Medical Center", "Medical Centre", "Health", "Health System") is made ORG
 * (English). A mention of one word is left alone ("Health" alone is no name). "X Hospital" is
 * left to the tagger: CoNLL-2003 marks some hospitals as places, and a rule for them cost CoNLL dev.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** The last words of a health provider's name. */
const HEALTH_ENDS = ['Medical Center', 'Medical Centre', 'Health', 'Health System'];

/** Whether a mention's text is a health provider's name of two words or more ("Atrium Health"). */
export function isHealthProvider(name: string): boolean {
  return HEALTH_ENDS.some(
    (end) => name.length > end.length + 1 && name.endsWith(end) && charAt(name, name.length - end.length - 1) === ' ',
  );
}

/** The mentions with the health providers typed PLACE made ORG. */
export function withHealthProviders(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => (m.type === 'PLACE' && isHealthProvider(m.text) ? retype(m, 'ORG' as const) : m));
}
