/**
 * Australia's states written short are places (issue 15, en-train8: "died on NSW roads", "WA
 * election 2025"; names.md: states LOC). The tagger, seeing capitals it does not know, reads
 * them as organisations. After tagging (English): a mention whose whole text is a state's short
 * form, typed ORG, becomes PLACE. A longer name holding one ("Transport for NSW", "NSW Police")
 * is another mention and is left alone, and so is a sports story, where a state names its side
 * ("NSW levelled the series": a team, ORG).
 *
 * names47a (en-train18-20): so are the states, territories, provinces and counties named in full
 * that the tagger reads as a side or a body outside sport ("Arizona has held automatic recounts",
 * "Illinois' fiscal year", "Victoria has been in its sixth lockdown", "Cornwall had 158% of its
 * average rainfall", "The Northern Territory and Queensland"): US states, Australia's states and
 * territories, Canada's provinces, English counties that field no first-class cricket side.
 * Names that are as often a company, a paper, a university or a county's club alone are left
 * out ("New York" magazine, "Norfolk" the railroad, "Durham", "Yorkshire"; Ireland's counties,
 * which name their GAA sides), and so is a name before a company's officer or a side's man
 * ("Alaska's managing director": the airline; "Florida manager John Boles") or beside a score
 * ("Texas 10 CLEVELAND 8": CoNLL-2003's results tables, stories of sport without its words).
 * Per mention, a look at its text; the sports test is club-context.ts's, one pass over the blocks.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';
import { US_STATES } from './us-states';

/** The states' and territories' short forms that name nothing else in English news. */
const STATES = new Set(['NSW', 'Qld', 'QLD', 'Vic', 'WA', 'Tas']);

/** States, territories, provinces and counties named in full, places outside sport. */
const REGIONS = new Set([
  // The United States (not "New York": the magazine, the paper; not "Washington": the capital, the club).
  ...US_STATES.filter((s) => s !== 'New York' && s !== 'Washington'),
  // Australia and Canada.
  'Queensland',
  'Victoria',
  'Tasmania',
  'New South Wales',
  'South Australia',
  'Western Australia',
  'Northern Territory',
  'Australian Capital Territory',
  'Ontario',
  'Quebec',
  'Alberta',
  'Manitoba',
  'Saskatchewan',
  'British Columbia',
  'Nova Scotia',
  'New Brunswick',
  'Prince Edward Island',
  // England's counties and regions that field no first-class cricket side (Kent, Essex, Surrey ...
  // name their clubs in CoNLL-2003's sports pages) and are no city's name.
  ...'Cornwall Devon Dorset Wiltshire Suffolk Cambridgeshire Lincolnshire Cumbria Northumberland Cheshire Staffordshire Shropshire Herefordshire Oxfordshire Buckinghamshire Bedfordshire Hertfordshire Berkshire Merseyside Tyneside Teesside Wearside'.split(
    ' ',
  ),
]);

/**
 * A company's officer after a name's "'s" ("Alaska's managing director"), or a side's man or its
 * lead ("Florida manager John Boles", "Colorado's lead"): the name is the company's or the club's.
 */
const OFFICER_AFTER =
  /^(?:['’]s (?:managing|chief|executive|president|vice|senior|head|spokes|CEO|general counsel|board|shareholders|stock|shares|lead|manager|coach|captain|history)| (?:manager|coach|captain|pitcher|bowler|striker|player|secretary)\b)/u;

/** A score or a fixture's "v" after a side's name ("Texas 10 CLEVELAND 8", "Kent v Essex"). */
const SCORE_AFTER = /^(?: \d|,? \d| v\.? | vs\.? )/u;

/** A score or a fixture's "v" before a side's name ("CHICAGO 8 Florida 3", "Kent v Essex"). */
const SCORE_BEFORE = /(?:\d | v\.? | vs\.? )$/u;

/**
 * Whether the ORG `m` is a region named in full, not before its officer, nor beside a score or a
 * fixture's "v" (a results table a story of sport without its words: "California 7 NEW YORK 1").
 */
function isRegion(text: ReadonlyMap<number, string>, m: EntityMention): boolean {
  if (!REGIONS.has(m.text)) return false;
  const block = text.get(m.blockId) ?? '';
  const after = block.slice(m.end, m.end + 24);
  return (
    !OFFICER_AFTER.test(after) &&
    !SCORE_AFTER.test(after) &&
    !SCORE_BEFORE.test(block.slice(Math.max(0, m.start - 5), m.start))
  );
}

/** A wire story's slug of sport at a block's start ("BASEBALL - MAJOR LEAGUE RESULTS", "CRICKET - ..."). */
const SPORT_SLUG =
  /^(?:[A-Z]+ )?(?:BASEBALL|SOCCER|FOOTBALL|CRICKET|RUGBY|TENNIS|GOLF|BASKETBALL|HOCKEY|ICE HOCKEY|ATHLETICS|CYCLING|BOXING|MOTOR RACING|HORSE RACING|NFL|NBA|NHL|NCAA|SPORT|SPORTS)(?: [A-Z]+)* - /u;

/** Whether a block opens with a wire story's slug of sport: its regions name sides, whatever its words. */
function hasSportSlug(text: ReadonlyMap<number, string>): boolean {
  for (const block of text.values()) if (SPORT_SLUG.test(block.slice(0, 40))) return true;
  return false;
}

/** The mentions with Australia's short state names, and the regions named in full, typed PLACE outside sport. */
export function withAustralianStates(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  let slug: boolean | undefined;
  const turns = (m: EntityMention): boolean =>
    m.type === 'ORG' && (STATES.has(m.text) || (isRegion(text, m) && !(slug ??= hasSportSlug(text))));
  if (!mentions.some(turns) || isSportsText(text)) return unchanged(mentions);
  return mapped(mentions, (m) => (turns(m) ? retype(m, 'PLACE' as const) : m));
}
