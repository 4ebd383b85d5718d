/**
 * In a story about space, a craft named before its noun is the craft and an asteroid named after
 * its noun a place (eval/gold/guidelines/lang-news.md, the fourteenth set: "spacecraft and rockets
 * MISC, asteroids LOC"; names.md: `Moon`, `Earth` LOC). The tagger reads a craft's made-up name
 * as a body or a person ("the Hayate asteroid probe", "its second Mars orbiter, Mangal Drishti"),
 * and then every other mention of it ("Hayate carries a small lander"), an asteroid's name as a
 * person ("the asteroid Chikuma"), a launch site as a body ("from the Tanegashima Space Center").
 * misc-products.ts reads a craft after a possessive ("Israel's Beresheet lander"); this reads the
 * craft after a determiner. Issue 15, the families of the en-train pages (The Japan Times, The
 * Indian Express, India Today, Ars Technica, New Scientist).
 *
 * After tagging (English), in a text that speaks of asteroids, orbits, rockets, spacecraft,
 * planets or the moon:
 * - a mention after "the", "its", "their", "a", "an" or a possessive and before a craft's
 *   noun ("probe", "orbiter", "lander", "rover", "spacecraft", "satellite", "mission"), at most
 *   two lower-case words between that are no determiner or link ("the Hayate asteroid probe",
 *   "its Jalvayu ocean-climate satellite"; not "the Union Cabinet approved the mission"), or right after a craft's noun and a comma and ending at a comma, a bracket or a
 *   full stop ("orbiter, Mangal Drishti,"), is OTHER, and so is every ORG or PERSON mention of
 *   the same text; an acronym ("the NASA probe", "the ISRO mission") or a listed company is left;
 * - a mention typed ORG ending in a capitalised craft's noun ("Advanced Land Observing
 *   Satellite-3", "International Space Station") or a word with its number glued on
 *   ("Hayabusa2", "Chandrayaan-3") is OTHER;
 * - a mention typed ORG, PERSON or OTHER right after "asteroid " or "comet " is a place, and so
 *   is every PERSON mention of the same text; `Moon`, `Earth`, `Mars`, `Venus` typed ORG or
 *   PERSON are places;
 * - a launch site typed ORG ("Space Center", "Space Centre", "Cosmodrome", "Spaceport") after
 *   "from" or "at", or any ORG after "launch from" ("launch from Kourou"), is a place.
 * Nothing to do in a text without one of the space words.
 */
import type { EntityMention } from '../types';
import { mapped, retype, someBlock, unchanged } from './by-block';

/** The cheap check: a word of a story about space. */
const SPACE = /\b(?:asteroids?|comets?|orbit(?:s|ing|ed)?|rockets?|spacecraft|planet(?:s|ary)?|lunar|Moon)\b/u;

/** A craft's noun after the name, at most two lower-case words between ("asteroid probe"). */
const CRAFT_AFTER =
  /^ (?:(?!(?:the|an?|its|their|his|her|this|that|to|of|and|or|for|with|on|in) )[\p{Ll}-]+ ){0,2}(?:probes?|orbiters?|landers?|rovers?|spacecraft|satellites?|mission)(?![\p{L}-]| (?:team|maker|programme|program)s?\b)/u;

/** Before the name: a determiner ending a word. */
const DETERMINER_BEFORE = /(?:(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|an?)|\p{L}['’]s) $/u;

/** Before the name: a craft's noun and a comma ("orbiter, "). */
const CRAFT_COMMA = /(?:^|[^\p{L}])(?:probe|orbiter|lander|rover|spacecraft|satellite), $/u;

/** After an apposed name: a comma, a bracket, a full stop or the end. */
const APPOSED_END = /^(?:,|\s\(|\.|$)/u;

/** An ORG's last word that names a craft ("Satellite-3", "Space Station"). */
const CRAFT_LAST = /(?:^|\s)(?:Satellite|Probe|Orbiter|Lander|Rover|Space Station|Space Telescope)(?:-?\d+)?$/u;

/** A launch site's last words. */
const LAUNCH_SITE = /(?:Space Cent(?:er|re)|Cosmodrome|Spaceport)$/u;

/** Before a launch site: "from" or "at", "the" or not; or any name after "launch from". */
const SITE_BEFORE = /(?:^|[^\p{L}])(?:from|at)(?: the)? $/u;
const LAUNCH_FROM = /(?:^|[^\p{L}])launch(?:ed|es|ing)? from $/u;

/** A craft's name with its number glued on ("Hayabusa2", "Chandrayaan-3"). */
const GLUED_NUMBER = /^\p{Lu}\p{Ll}+-?\d{1,2}$/u;

/** Before an asteroid's name. */
const BODY_BEFORE = /(?:^|[^\p{L}])(?:asteroid|comet) $/u;

/** An acronym: no lower-case letter. */
const ACRONYM = /^[^\p{Ll}]+$/u;

/** Bodies of the solar system the tagger reads as bodies or people. */
const BODIES = new Set(['Moon', 'Earth', 'Mars', 'Venus']);

/** Whether `m`, in `block`, is a craft named by its sentence. */
function isCraftAt(block: string, m: EntityMention, isKnownOrg: (name: string) => boolean): boolean {
  if (m.type !== 'ORG' && m.type !== 'PERSON' && m.type !== 'OTHER') return false;
  if (ACRONYM.test(m.text) || isKnownOrg(m.text)) return false;
  const before = block.slice(Math.max(0, m.start - 24), m.start);
  if (DETERMINER_BEFORE.test(before) && CRAFT_AFTER.test(block.slice(m.end, m.end + 48))) return true;
  return CRAFT_COMMA.test(before) && APPOSED_END.test(block.slice(m.end, m.end + 2));
}

/** `mentions` with craft OTHER and asteroids, bodies and launch sites places, in a story about space. */
export function withSpacecraft(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isKnownOrg: (name: string) => boolean = () => false,
): EntityMention[] {
  if (!someBlock(text, SPACE)) return unchanged(mentions);
  const craft = new Set<string>();
  const bodies = new Set<string>();
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    if (isCraftAt(block, m, isKnownOrg)) craft.add(m.text);
    else if (m.type !== 'PLACE' && BODY_BEFORE.test(block.slice(Math.max(0, m.start - 10), m.start)))
      bodies.add(m.text);
  }
  return mapped(mentions, (m) => {
    if (m.type === 'PLACE') return m;
    if ((m.type === 'ORG' || m.type === 'PERSON') && craft.has(m.text)) return retype(m, 'OTHER');
    if (m.type === 'PERSON' && bodies.has(m.text)) return retype(m, 'PLACE');
    if (m.type === 'OTHER') return bodies.has(m.text) && isAfterBody(text, m) ? retype(m, 'PLACE') : m;
    if (BODIES.has(m.text) || (m.type === 'ORG' && bodies.has(m.text))) return retype(m, 'PLACE');
    if (m.type !== 'ORG') return m;
    if (CRAFT_LAST.test(m.text) || GLUED_NUMBER.test(m.text)) return retype(m, 'OTHER');
    const before = (text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 16), m.start);
    return (LAUNCH_SITE.test(m.text) && SITE_BEFORE.test(before)) || LAUNCH_FROM.test(before) ? retype(m, 'PLACE') : m;
  });
}

/** Whether `m` stands right after "asteroid " or "comet ". */
function isAfterBody(text: ReadonlyMap<number, string>, m: EntityMention): boolean {
  return BODY_BEFORE.test((text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 10), m.start));
}
