/**
 * A name before a lower-case "group", "rebel group", "militia" or "fighters" is the group's, an
 * organisation (eval/gold/guidelines/names.md: armies and bodies ORG, "Formal names are whole
 * (... `Haqqani network`)"; the en-train gold marks "the M23 rebel group", "the Islamic State
 * group", "ISIL fighters" ORG). The tagger reads an armed group's code as an other name ("M23")
 * and a name with a place's word as a place ("Islamic State"), and then every other mention of
 * it the same way ("The M23 seized Goma"). Issue 15, the families of the en-train pages (Al
 * Jazeera, the BBC, NPR).
 *
 * After tagging (English): a mention right before " group", " groups", " rebel group",
 * " rebels", " militia", " militias", " fighters", " militants" (the noun not glued on by a
 * hyphen: "European group-stage") is made ORG, with every other OTHER or PLACE mention of the
 * same text, when it is a code typed OTHER or PLACE ("M23", "RSF": capitals and digits), or a
 * name of several words typed PLACE that no word list holds as a place, with no nationality in
 * it and no adjective last ("Islamic State"). Left alone: a word that is not a code ("Kurd
 * rebels", "Moslem militants", "the Conservative group leader": peoples and parties' adjectives
 * are OTHER), a listed place ("the US group"), a people's name ("Sri Lankan rebels", "Iraqi Kurd
 * group"), a party's members ("Liberal Democrat groups"), and a name of several words typed
 * OTHER (on CoNLL-2003's news mostly peoples and movements; the World Weather Attribution group
 * of en-train is missed so). Per mention, a look at the 16 characters after it; nothing to do in
 * a text without one of the nouns.
 *
 * A name of one word the tagger read as a person before "militia", "militias", "rebels",
 * "fighters" or "militants" is the armed group's too ("pro-government Wazalendo militias":
 * en-390, en-555; names47b), with its other mentions as a person, unless a person of several
 * words holds the word (a leader's surname: "Hemedti fighters" beside "Mohamed Hamdan Dagalo
 * 'Hemedti'" stays to the tagger). Not before "group", where a person's name is often a firm's.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged, someBlock } from './by-block';
import { charAt } from './chars';

/** The nouns, as a word anywhere in a block (the cheap check). */
const ANY_NOUN = /\b(?:group|groups|rebels|militias?|fighters|militants)\b/u;

/** The nouns right after a mention, with the space before them. */
const NOUNS_AFTER = [
  ' group',
  ' groups',
  ' rebel group',
  ' rebels',
  ' militia',
  ' militias',
  ' fighters',
  ' militants',
  ' armed group',
  ' militant group',
];

/** The nouns of armed men after a person's name read as their group's ("Wazalendo militias"). */
const ARMED_AFTER = /^ (?:militias?|rebels|fighters|militants)(?![\p{L}-])/u;

/** Last words of a party's members or adjective ("Liberal Democrat", "Social Democratic"). */
const MEMBER_WORDS = new Set(
  'Democrat|Democrats|Democratic|Republican|Republicans|Liberal|Liberals|Conservative|Conservatives|Green|Greens|Socialist|Socialists|Communist|Communists|Tory|Tories|Unionist|Unionists|Nationalist|Nationalists|Labor|Independent|Independents'.split(
    '|',
  ),
);

/** Whether one of the nouns follows `end` in `block`, ending there (no hyphen, no letter after it). */
function nounAfter(block: string, end: number): boolean {
  if (charAt(block, end) !== ' ') return false;
  const after = block.slice(end, end + 16);
  for (const noun of NOUNS_AFTER) {
    if (!after.startsWith(noun)) continue;
    const next = charAt(block, end + noun.length);
    if (next === '-' || /\p{L}/u.test(next)) continue;
    return true;
  }
  return false;
}

/** Whether a word reads as an adjective ("Sri Lankan", "Sudanese", "Kurdish", "Islamic", "Iraqi"). */
function adjectiveLike(word: string): boolean {
  return /(?:an|ese|ish|ive|ic|al|i|ist)$/u.test(word);
}

/** Whether a word is an acronym or a code: capitals and digits, at least two ("M23", "ISIL", "RSF"). */
function code(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\d-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/**
 * Whether `name` (typed `type`) before a group's noun is a group's name rather than a people's
 * or a party's words: one word only if a code ("M23 rebels", not "Kurd rebels", "Moslem
 * militants"); several only if the tagger read them as a place ("the Islamic State group": a
 * place is no group), none of them a nationality and the last no adjective nor a party's
 * members' word ("Sri Lankan rebels", "Iraqi Kurd group", "Liberal Democrat groups" stay).
 * Names of several words the tagger read as other names are left alone: on CoNLL-2003's news
 * they are mostly peoples and their movements.
 */
function groupName(name: string, type: EntityMention['type'], isNationality: (word: string) => boolean): boolean {
  const words = name.split(' ');
  if (words.length === 1) return code(name);
  if (type !== 'PLACE') return false;
  const last = words[words.length - 1] as string;
  if (MEMBER_WORDS.has(last) || adjectiveLike(last)) return false;
  return !words.some((w) => isNationality(w));
}

/** `mentions` with the names of groups typed ORG, with their other mentions. */
export function withNamedGroups(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
  isNationality: (word: string) => boolean,
): EntityMention[] {
  if (!someBlock(text, ANY_NOUN)) return unchanged(mentions);
  const groups = new Set<string>();
  // Persons' names of one word before armed men's nouns, and the words of persons of several words.
  const persons = new Set<string>();
  const personWords = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'PERSON') {
      if (m.text.includes(' ')) for (const w of m.text.split(' ')) personWords.add(w);
      else if (ARMED_AFTER.test((text.get(m.blockId) ?? '').slice(m.end, m.end + 12))) persons.add(m.text);
      continue;
    }
    if (m.type !== 'OTHER' && m.type !== 'PLACE') continue;
    if (!nounAfter(text.get(m.blockId) ?? '', m.end)) continue;
    if (groupName(m.text, m.type, isNationality) && !isPlace(m.text)) groups.add(m.text);
  }
  for (const name of persons) if (!personWords.has(name) && !isPlace(name)) groups.add(name);
  if (groups.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) =>
    (m.type === 'OTHER' || m.type === 'PLACE' || (m.type === 'PERSON' && persons.has(m.text))) && groups.has(m.text)
      ? retype(m, 'ORG')
      : m,
  );
}
