/**
 * English names read by their own words after tagging (issue 15, modern news pages; rulings in
 * eval/gold/guidelines/names.md and lang-news.md "Names on the English pages"):
 * - a time zone is no name ("10:00 GMT", "Coordinated Universal Time"): dropped;
 * - a name whose head is a landform or a facility ("Lake Washington", "Dillon Reservoir",
 *   "Kyoto Station", "Heian Shrine") is a place, whatever type the tagger gave it;
 * - a name whose head is a corporate word ("Selene Works", "Quinlan Insurance", "Rocky Mountain
 *   Power") is an organisation when the tagger took it for a person or a place; a school name
 *   the tagger stopped before "District" runs on to it ("Granite School District"), and one it
 *   read as a place whole from its town is an organisation ("Estacada School District");
 * - a capital "The" before a public body ("The Environment Agency") is no part of its name;
 * - today's stock indexes ("Stoxx 600", "Topix") are organisations (market-names.ts), and a
 *   product's name with its model number before a kind of product ("the Lumen 2 glasses") one
 *   other name (numbered-products.ts).
 * Each rule reads the mention's own words (and at most the word after it), never the whole text.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { marketName } from './market-names';
import { numberedProducts } from './numbered-products';
import { respan, retype, unchanged } from './by-block';
import { keptByName } from './kept-by-name';
import { lastSpace } from './last-space';

/** Time zones, as written: never names. */
const TIME_ZONES = new Set(
  (
    'GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AST|ADT|NST|NDT|' +
    'AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|JST|KST|HKT|SGT|PHT|WIB|' +
    'Coordinated Universal Time|Greenwich Mean Time|British Summer Time|Central European Time|' +
    'Central European Summer Time|Eastern Standard Time|Eastern Daylight Time|Central Standard Time|' +
    'Central Daylight Time|Mountain Standard Time|Mountain Daylight Time|Pacific Standard Time|' +
    'Pacific Daylight Time|Eastern Time|Pacific Time|Central Time|Mountain Time|Japan Standard Time|' +
    'India Standard Time|Indian Standard Time|Australian Eastern Standard Time|Australian Eastern Daylight Time'
  ).split('|'),
);

/**
 * The time zones' shapes: for each first letter's code (all ASCII) and length, whether a time
 * zone has them. Most names have none, and are not looked up (speed, issue 15).
 */
const ZONE_SHAPES = (() => {
  const shapes = new Set<number>();
  for (const zone of TIME_ZONES) shapes.add(zone.charCodeAt(0) * 64 + zone.length);
  return shapes;
})();

/** Whether `name` may be a time zone: its first letter and length are a zone's. */
function mayBeZone(name: string): boolean {
  return name.length < 64 && ZONE_SHAPES.has(name.charCodeAt(0) * 64 + name.length);
}

/** Last words that make a name of two words or more a place ("Dillon Reservoir", "Kyoto Station"). */
const PLACE_LAST = new Set(
  (
    'Reservoir|Temple|Shrine|Park|Station|Garden|Gardens|Airport|Bridge|River|Canal|Lake|Lakes|Mountains|' +
    'Valley|Beach|Island|Islands|Peninsula|Square|Cathedral|Mosque|Abbey|Pagoda|Falls|Glacier|Volcano|Desert|' +
    'Ravine|Creek|Harbour|Harbor|Reef|Canyon|Pier|Needle|Ward|Tollway|Freeway|Highway|Expressway|Turnpike|Parkway|' +
    'Motorway|Zoo|Conservatory'
  ).split('|'),
);

/**
 * The place heads that also retype an organisation: landforms, open places, roads, zoos and
 * railway stations. Buildings and sites ("Se Cathedral", "Lindsey Air Station", "Cold Spring
 * Harbor" laboratory, "Mount Holyoke" college) are as often the body that runs them.
 */
const ORG_PLACE_HEADS = new Set(
  'Reservoir|Shrine|Canal|Bridge|River|Lake|Lakes|Gardens|Garden|Park|Pier|Needle|Ravine|Creek|Beach|Falls|Glacier|Canyon|Reef|Loch|Lough|Tollway|Freeway|Highway|Expressway|Turnpike|Parkway|Motorway|Zoo|Conservatory|Station'.split(
    '|',
  ),
);

/** Words before "Station" that make it a body ("Air Station", "Research Station"). */
const STATION_BODIES = new Set(
  'Air|Naval|Research|Space|Power|Police|Fire|Radio|Television|TV|Experiment|Experimental|Field'.split('|'),
);

/** Organisation heads that are surnames too ("Tyrone Power"). */
const SURNAME_ORG_HEADS = new Set('Power|Bank|Banks|Group|Energy'.split('|'));

/** Place heads that are surnames too ("Todd Park", "Ricki Lake"): a person's name with a given name before one stays a person's. */
const SURNAME_HEADS = new Set('Park|Lake|Ward|Temple|Bridge|Beach|Garden|Creek|Square|Falls'.split('|'));

/** First words that make a name of two words or more a place ("Lake Washington", "Mount Fuji"). */
const PLACE_FIRST = new Set('Lake|Mount|Mt.|Loch|Lough|Cape|Isle'.split('|'));

/** Last words that make a name of two words or more an organisation ("Selene Works"). */
const ORG_LAST = new Set(
  (
    'Works|Insurance|Power|Energy|Bank|Group|Holdings|Labs|Laboratories|Systems|Agency|Inc|Inc.|Corp|Corp.|' +
    'Corporation|Ltd|Ltd.|LLC|plc|PLC|Airlines|Airways|Motors|Pharmaceuticals|Technologies|Industries|' +
    'Utilities|Telecom|Communications|Bancorp|Brewery|Foundation|Institute|Biologics|Therapeutics|Biosciences|' +
    'Provisions|Freight|Logistics|Marine|Finance|Capital|Ventures|Robotics|Foods|Shipping|Renewals|Outfitters'
  ).split('|'),
);

/** Last words of public bodies before which a sentence's capital "The" is cut. */
const BODY_LAST = new Set(
  'Agency|Authority|Commission|Council|Department|Ministry|Office|Service|Administration|Board|Bureau|Inspectorate'.split(
    '|',
  ),
);

/** Whether the text before `start` opens a sentence (only spaces back to the block's start, a line break, . ! ? : a quote or a dash). */
function opensSentence(block: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && charAt(block, k) === ' ') k--;
  if (k < 0) return true;
  const c = charAt(block, k);
  return '.!?:\n"“-–—'.includes(c);
}

/** Whether a name with a place head, typed PERSON, ORG or OTHER, is a place. */
function mayBePlace(m: EntityMention, first: string, last: string, isGivenName: (word: string) => boolean): boolean {
  // "Todd Park", "Ricki Lake": a given name before a surname-like head.
  if (m.type === 'PERSON') return !(SURNAME_HEADS.has(last) && isGivenName(first));
  // "Lindsey Air Station", "Palmer Research Station" are bodies; "Kyoto Station" is the station.
  if (m.type === 'ORG' && last === 'Station') return !STATION_BODIES.has(m.text.split(' ').at(-2) ?? '');
  if (m.type === 'ORG') return ORG_PLACE_HEADS.has(last) || ORG_PLACE_HEADS.has(first);
  // A title ("The Quiet Harbor", "Spider on the Bridge") or an operation ("Operation Market Garden") is no place.
  return first !== 'The' && first !== 'Operation' && !/ \p{Ll}/u.test(m.text);
}

/**
 * Whether a clock time written with a colon or a point, or with "am"/"pm", ends just before
 * `start` ("14:20 GMT", "9.30 BST", "7pm EST", "7 p.m. EDT"). A zone after a bare number
 * ("1400 GMT") or alone is left to the tagger: CoNLL-2003 marks those MISC.
 */
function afterClockTime(block: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && charAt(block, k) === ' ') k--;
  const before = block.slice(Math.max(0, k - 5), k + 1);
  return /\d[:.]\d\d$/.test(before) || /\d ?(?:[ap]m|[ap]\.m\.|[AP]M)$/.test(before);
}

/** Shops, restaurants and agencies whose name ends in a possessive ("Macy’s", "Kohl’s", "Moody’s"), lower case, without it. */
const POSSESSIVE_BRANDS = new Set(
  'macy|kohl|dillard|lowe|denny|wendy|applebee|arby|hardee|marshall field|trader joe|sotheby|christie|mcdonald|chili|carrabba|bojangle|standard & poor|moody'.split(
    '|',
  ),
);

/** `m` run on over the "’s" of a shop's name ("Macy’s") and typed an organisation, or undefined. */
function withPossessive(block: string, m: EntityMention): EntityMention | undefined {
  const c = charAt(block, m.end);
  if ((c !== "'" && c !== '’') || charAt(block, m.end + 1) !== 's' || /\p{L}/u.test(charAt(block, m.end + 2)))
    return undefined;
  if (m.text.length > 15 || !POSSESSIVE_BRANDS.has(m.text.toLowerCase())) return undefined;
  return respan(m, m.start, m.end + 2, block.slice(m.start, m.end + 2), 'ORG');
}

/** The words the tagger keeps of an airport without its own name ("International Airport" of "O’Hare International Airport"). */
const AIRPORT_FIRST = new Set(['International', 'Regional', 'Municipal']);

/** Capitalised words before an airport that are not its name (a sentence's first word). */
const NOT_AIRPORT_NAMES = new Set(['The', 'A', 'An', 'At', 'In', 'To', 'From', 'Near', 'Via', 'And', 'Or', 'But']);

/** `m` run back over the capitalised word before "International Airport" and typed a place, or undefined. */
function withAirportName(block: string, m: EntityMention, first: string, last: string): EntityMention | undefined {
  if (last !== 'Airport' || !AIRPORT_FIRST.has(first) || charAt(block, m.start - 1) !== ' ') return undefined;
  // The word before: letters and apostrophes back to a space or the block's start, at most 30 characters.
  let k = m.start - 1;
  const stop = Math.max(0, k - 30);
  while (k > stop && /[\p{L}'’-]/u.test(charAt(block, k - 1))) k--;
  const word = block.slice(k, m.start - 1);
  if (
    !/^\p{Lu}/u.test(word) ||
    NOT_AIRPORT_NAMES.has(word) ||
    (k > 0 && charAt(block, k - 1) !== ' ' && charAt(block, k - 1) !== '\n')
  )
    return undefined;
  return respan(m, k, m.end, block.slice(k, m.end), 'PLACE');
}

/** Names (of several words) `hasHeadWords` keeps at most. */
const HEADS_LIMIT = 10_000;

/**
 * Whether a name of several words has a first or last word a rule of `byHead` reads (a place's,
 * an organisation's, an airport's, a school's or a body's head), kept by name: most names have
 * none, and need not be cut into words (speed, issue 15).
 */
const hasHeadWords = keptByName((name) => {
  const first = name.slice(0, name.indexOf(' '));
  const last = name.slice(lastSpace(name) + 1);
  return (
    PLACE_LAST.has(last) ||
    PLACE_FIRST.has(first) ||
    ORG_LAST.has(last) ||
    last === 'Airport' ||
    last === 'District' ||
    last === 'School' ||
    (first === 'The' && BODY_LAST.has(last))
  );
}, HEADS_LIMIT);

/** `m` read by its head words: undefined when it is no name. */
function byHead(block: string, m: EntityMention, isGivenName: (word: string) => boolean): EntityMention | undefined {
  if (mayBeZone(m.text) && TIME_ZONES.has(m.text) && (m.text.includes(' ') || afterClockTime(block, m.start)))
    return undefined;
  const brand = withPossessive(block, m);
  if (brand) return brand;
  const space = m.text.indexOf(' ');
  if (space < 0 || !hasHeadWords(m.text)) return m;
  const first = m.text.slice(0, space);
  const spaceBeforeLast = lastSpace(m.text);
  const last = m.text.slice(spaceBeforeLast + 1);
  const named = withAirportName(block, m, first, last);
  if (named) return named;
  if (m.type !== 'PLACE' && (PLACE_LAST.has(last) || PLACE_FIRST.has(first)) && mayBePlace(m, first, last, isGivenName))
    return retype(m, 'PLACE');
  const person = m.type === 'PERSON' && SURNAME_ORG_HEADS.has(last) && isGivenName(first);
  if ((m.type === 'PERSON' || m.type === 'PLACE') && ORG_LAST.has(last) && !person) {
    // "West Bank" is a place.
    if (!(m.type === 'PLACE' && last === 'Bank')) return retype(m, 'ORG');
  }
  // "Estacada School District" read as a place from its town: the district is a body.
  if (last === 'District' && m.type === 'PLACE' && m.text.endsWith(' School District') && m.text.length > 16)
    return retype(m, 'ORG');
  if (last === 'School' && m.type !== 'PERSON' && /^ District(?!\p{L})/u.test(block.slice(m.end, m.end + 10)))
    return respan(m, m.start, m.end + 9, m.text + ' District', 'ORG');
  if (m.type === 'ORG' && first === 'The' && BODY_LAST.has(last) && opensSentence(block, m.start))
    return respan(m, m.start + 4, m.end, m.text.slice(4));
  return m;
}

/** The mentions read by their head words (English); `isGivenName` tells a given name ("Todd") from other words. */
export function withNameHeads(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isGivenName: (word: string) => boolean = () => false,
): EntityMention[] {
  // The mentions read so far, copied at the first change (none: the mentions themselves).
  let out: EntityMention[] | null = null;
  // The block of the mention before (mentions come block by block): looked up once a block.
  let blockId = NaN;
  let block = '';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.blockId !== blockId) {
      blockId = m.blockId;
      block = text.get(blockId) ?? '';
    }
    const head = byHead(block, m, isGivenName);
    if (!head) {
      out ??= mentions.slice(0, i);
      continue;
    }
    const read = marketName(head);
    if (read === m) {
      if (out !== null) out.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    // A name run back over the word before it takes the place of the mention of that word ("O’Hare").
    const previous = out[out.length - 1];
    if (read.start < m.start && previous && previous.blockId === m.blockId && previous.end > read.start) out.pop();
    out.push(read);
  }
  // No name changed (most texts): the mentions themselves, not a copy.
  return numberedProducts(text, out ?? unchanged(mentions));
}
