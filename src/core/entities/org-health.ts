/**
 * Hospitals and health providers are organisations (eval/gold/guidelines/names.md: ORG holds
 * "hospitals"; the modern train gold marks every "X Medical Center" and "X Health" ORG;
 * lang-news.md: "a hospital ... where something happens ORG", and every "X Hospital" and "X
 * Infirmary" of the en-train pages is ORG). The tagger reads some as places from the town in
 * their name ("Providence Alaska Medical Center", "Lakeview Medical Center", "Atrium Health",
 * "Southmead Hospital"): a mention typed PLACE whose last words are a health provider's
 * ("Medical Center", "Medical Centre", "Health", "Health System", "Hospital", "Infirmary") is
 * made ORG (English). A mention of one word is left alone ("Health" alone is no name). A name
 * typed PLACE before a lower-case "hospital" is the hospital's too ("in Salford Royal hospital"),
 * unless the word lists hold it as a place ("a Leeds hospital").
 * CoNLL-2003 marks its hospitals as places (all 11 of train and dev, counted on 2026-12-04), so
 * the hospitals cost CoNLL dev what it holds of them (issue 15, names36: the guidelines, not
 * CoNLL, rule our pages).
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** The last words of a health provider's name. */
const HEALTH_ENDS = ['Medical Center', 'Medical Centre', 'Health', 'Health System', 'Hospital', 'Infirmary'];

/** Whether a mention's text is a health provider's name of two words or more ("Atrium Health"). */
export function isHealthProvider(name: string): boolean {
  return HEALTH_ENDS.some(
    (end) => name.length > end.length + 1 && name.endsWith(end) && charAt(name, name.length - end.length - 1) === ' ',
  );
}

/** A lower-case "hospital" right after a name, as a whole word. */
const HOSPITAL_AFTER = /^ hospital(?![\p{L}-])/u;

/**
 * Whether the PLACE `m` of `block` is a hospital's own name before a lower-case "hospital" ("died
 * in Salford Royal hospital", "residents at Charité hospital"; names46a, en-train6 and 16): not a
 * listed place ("a Leeds hospital" is the city's) nor after "a" or "an".
 */
function isHospitalBefore(block: string, m: EntityMention, isPlace: (name: string) => boolean): boolean {
  if (!HOSPITAL_AFTER.test(block.slice(m.end, m.end + 10)) || isPlace(m.text)) return false;
  const before = block.slice(Math.max(0, m.start - 4), m.start);
  return !/(?:^|[^\p{L}])an? $/u.test(before);
}

/**
 * The mentions with the health providers typed PLACE made ORG; with the blocks' `text`, so is a
 * hospital's name before a lower-case "hospital" (`isPlace`: a place the word lists hold).
 */
export function withHealthProviders(
  mentions: readonly EntityMention[],
  text?: ReadonlyMap<number, string>,
  isPlace: (name: string) => boolean = () => false,
): EntityMention[] {
  return mapped(mentions, (m) =>
    m.type === 'PLACE' &&
    (isHealthProvider(m.text) || (text !== undefined && isHospitalBefore(text.get(m.blockId) ?? '', m, isPlace)))
      ? retype(m, 'ORG' as const)
      : m,
  );
}
