/**
 * A town or neighbourhood named before a noun after "a" is the place (English; issue 15: "a
 * Kaimuki cabinetmaker", "a Muldoon apartment complex", "a Cleethorpes butcher"). The tagger
 * types an unknown word used as a modifier OTHER, as it would a product ("an Android app") or a
 * nationality ("a German insurer"). Only a mention of one word typed OTHER, after "a", "an" or
 * "a former", before a lower-case word, that is plain (letters, a capital only at its start, no
 * hyphen) and that the word lists do not know as a common word, a nationality, a company, a team,
 * a title or a given name (`isKnownWord`), nor end as a nationality does ("-ian", "-ese", "-ish"),
 * nor a religion's or a people's name ("a Moslem village"), nor before a contest's or an award's
 * noun ("an Intertoto final"). A one-word name typed ORG is read so too, but only before a noun
 * of people known by their town ("a Lisburn couple", "a Brellby property developer": the tagger
 * reads an unknown town before a noun as a company). A one-word name typed ORG that the word lists
 * hold as a city (`isCity`) is read so before any noun, outside a sports story and not before a
 * sports noun ("a Boston venture firm", "a Liverpool broker", "a former Surrey strata manager":
 * issue 15, names36, the en-train pages of The Verge, The Boston Globe, CTV and the Guardian; in
 * a sports story "a Sunderland goal", "a Somerset spinner" are the club's), even where the word
 * lists know the city's name as a team's or a company's.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { isSportsText } from './club-context';

const ARTICLES = new Set(['a', 'an', 'A', 'An']);

/** Religions' and peoples' names the word lists lack: OTHER names ("a Moslem village"). */
const GROUPS = new Set(
  'Moslem|Muslim|Hindu|Sikh|Jain|Jew|Protestant|Mormon|Shia|Sunni|Kurd|Arab|Tamil|Pashtun|Hutu|Tutsi|Serb|Croat|Basque|Maori|Inuit|Zulu|Xhosa|Amish|Quaker|Sufi|Druze|Yazidi|Rohingya|Uighur|Uyghur'.split(
    '|',
  ),
);

/** Lower-case words that are no noun the name could qualify ("a Mac is", "a Freemason and"). */
const NOT_NOUNS = new Set(
  'and or but nor is was are were be been has had have will would can could may might must should does did to of in on at for with from by as than that which who whom whose around about into onto over under after before since until while if so then'.split(
    ' ',
  ),
);

/** Nouns after a contest's or an award's name ("a Wimbledon final", "an Emmy nomination"): the name is no town. */
const CONTEST_NOUNS = new Set(
  'final finals match tie title tournament trophy champion champions championship winner winners nomination nominee award race'.split(
    ' ',
  ),
);

/**
 * Nouns of people known by their town ("a Lisburn couple", "a Brellby property developer"), one of
 * which must be among the two words after a name typed ORG: a company's or a team's name before a
 * noun is as often its own ("a Reuters reporter", "a Tottenham shirt", "a Hulu account").
 */
const RESIDENT_NOUNS = new Set(
  'couple couples family families man men woman women boy boys girl girls teenager teenagers teen youth resident residents pensioner pensioners mother father mum dad son daughter widow widower developer businessman businesswoman landlord landlords homeowner homeowners householder householders native shopkeeper farmer farmers grandmother grandfather'.split(
    ' ',
  ),
);

/** Nouns after a club's name in any story ("a Chelsea fan", "a Leeds shirt"): the name may be the club. */
const SPORTS_NOUNS = new Set(
  'fan fans supporter supporters player players shirt shirts striker defender midfielder goalkeeper keeper coach side squad team club goal goals win defeat'.split(
    ' ',
  ),
);

/** Whether `word` is one capital and lower-case letters, not ending as a nationality does. */
function plainName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !/(?:ian|ean|ese|ish|ic|ist|ism|ite)s?$/u.test(word);
}

/**
 * Whether a space and a lower-case letter follow `end` (`/^ \p{Ll}/u` there), an ASCII letter read
 * by its code (speed, issue 15: the check before the name's own patterns).
 */
function lowerWordAfter(block: string, end: number): boolean {
  if (codeAt(block, end) !== 32) return false;
  const c = codeAt(block, end + 1);
  if (c < 128) return c >= 97 && c <= 122;
  return c >= 128 && /^ \p{Ll}/u.test(block.slice(end, end + 2));
}

/** The word before `start` (letters, at most 12), or ''. */
function wordBefore(block: string, start: number): { word: string; start: number } {
  if (charAt(block, start - 1) !== ' ') return { word: '', start };
  let k = start - 1;
  while (k > Math.max(0, start - 13) && /\p{L}/u.test(charAt(block, k - 1))) k--;
  return { word: block.slice(k, start - 1), start: k };
}

/** The mentions with the towns named as modifiers after "a" made places (English). */
export function withPlaceModifiers(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isKnownWord: (word: string) => boolean,
  isCity: (name: string) => boolean = () => false,
): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.type !== 'OTHER' && m.type !== 'ORG') return m;
    const block = text.get(m.blockId) ?? '';
    if (!lowerWordAfter(block, m.end) || !plainName(m.text) || GROUPS.has(m.text)) return m;
    const next = /^ (\p{Ll}+)/u.exec(block.slice(m.end, m.end + 20));
    if (CONTEST_NOUNS.has(next?.[1] ?? '') || NOT_NOUNS.has(next?.[1] ?? '')) return m;
    let city = false;
    if (m.type === 'ORG') {
      const words = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(block.slice(m.end, m.end + 40));
      const first = words?.[1] ?? '';
      const second = words?.[2] ?? '';
      if (!RESIDENT_NOUNS.has(first) && !RESIDENT_NOUNS.has(second)) {
        if (SPORTS_NOUNS.has(first) || SPORTS_NOUNS.has(second) || !isCity(m.text)) return m;
        city = true;
      }
    }
    let before = wordBefore(block, m.start);
    if (before.word === 'former') before = wordBefore(block, before.start);
    if (!ARTICLES.has(before.word) || (!city && isKnownWord(m.text))) return m;
    if (city && isSportsText(text)) return m;
    return retype(m, 'PLACE' as const);
  });
}
