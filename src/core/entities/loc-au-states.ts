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
 * territories, Canada's provinces, English and Irish counties. Names that are as often a
 * company, a paper or a university alone are left out ("New York" magazine, "Norfolk" the
 * railroad, "Durham"), and so is a name before "'s" and a company's officer ("Alaska's managing
 * director": the airline).
 * Per mention, a look at its text; the sports test is club-context.ts's, one pass over the blocks.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';

/** The states' and territories' short forms that name nothing else in English news. */
const STATES = new Set(['NSW', 'Qld', 'QLD', 'Vic', 'WA', 'Tas']);

/** States, territories, provinces and counties named in full, places outside sport. */
const REGIONS = new Set([
  // The United States (not "New York": the magazine, the paper).
  ...'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming'.split(
    ' ',
  ),
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
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
  // England's counties and regions (not "Norfolk", "Durham") and Ireland's counties that are no city's name.
  ...'Cornwall Devon Somerset Dorset Wiltshire Hampshire Kent Essex Suffolk Cambridgeshire Lincolnshire Yorkshire Lancashire Cumbria Northumberland Cheshire Derbyshire Nottinghamshire Leicestershire Staffordshire Shropshire Herefordshire Worcestershire Gloucestershire Oxfordshire Buckinghamshire Bedfordshire Hertfordshire Berkshire Surrey Sussex Warwickshire Northamptonshire Merseyside Tyneside Teesside Wearside Kerry Mayo Donegal Clare Wexford Wicklow Kildare Meath Louth Offaly Laois Tipperary Roscommon Leitrim Sligo Cavan Monaghan Longford Westmeath Fermanagh Tyrone Antrim Armagh'.split(
    ' ',
  ),
]);

/** A company's officer after a name's "'s" ("Alaska's managing director"): the name is the company's. */
const OFFICER_AFTER =
  /^['’]s (?:managing|chief|executive|president|vice|senior|head|spokes|CEO|general counsel|board|shareholders|stock|shares)/u;

/** Whether the ORG `m` is a region named in full, not before its officer. */
function isRegion(text: ReadonlyMap<number, string>, m: EntityMention): boolean {
  if (!REGIONS.has(m.text)) return false;
  const block = text.get(m.blockId) ?? '';
  return !OFFICER_AFTER.test(block.slice(m.end, m.end + 24));
}

/** The mentions with Australia's short state names, and the regions named in full, typed PLACE outside sport. */
export function withAustralianStates(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const turns = (m: EntityMention): boolean => m.type === 'ORG' && (STATES.has(m.text) || isRegion(text, m));
  if (!mentions.some(turns) || isSportsText(text)) return unchanged(mentions);
  return mapped(mentions, (m) => (turns(m) ? retype(m, 'PLACE' as const) : m));
}
