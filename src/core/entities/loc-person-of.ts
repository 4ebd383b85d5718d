/**
 * The town a person is from is a place (eval/gold/guidelines/names.md: cities LOC; the en-train
 * gold marks "her son, Michael Kowalski of Parkville", "Graham Pickersgill, 61, of Harrogate",
 * "Parul Rathi of Uttar Pradesh", "Ridgeview resident Carla Dumont" LOC). The tagger reads a name
 * after a person's "of" as the person's employer ("Jane Roe of Acme"), and a town before
 * "resident" as a body. Issue 15, the families of the en-train pages (The Baltimore Sun, BBC News,
 * Hindustan Times, CBC, NZ Herald).
 *
 * After tagging (English), outside a sports story (there "Cole Palmer of Chelsea" is the club):
 * a mention typed ORG right after a person's mention, an age between commas and " of " ("Graham
 * Pickersgill, 61, of Harrogate") is a place, and so is one that the word lists hold as a
 * country, a city or a region right after a person's mention and " of ", or right before
 * " resident". Two more readings need no word list (issue 15, names43a: small towns the lists
 * do not hold, typed ORG or PERSON): the name after an elected official's " of " (a title before
 * the person: "state Sen. Denise Haddad of Dearborn", "Mayor Anna Brill of Portwick"), whose
 * "of" names the place they were elected in, in any story; and the name after an age's "from"
 * ("a 54-year-old man from Kilbrack", "the 23-year-old from Tralee", at most four lower-case
 * words between). Per mention, at most one look-up in the word lists (cached) and a look at the
 * words around it; no regular expression over the text.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype } from './by-block';
import { codeAt } from './chars';
import { bare, isLettersOrHyphens, isLowerAt, lastWordIn } from './text-words';

/** Whether `gap` (the text between a person and the name) is ", 61, of ": an age between commas. */
function isAgeGap(gap: string): boolean {
  if (!gap.startsWith(', ') || !gap.endsWith(', of ')) return false;
  const age = gap.slice(2, -5);
  if (age.length < 1 || age.length > 3) return false;
  for (let i = 0; i < age.length; i++) {
    const c = codeAt(age, i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Titles of officials elected for a place, before the person ("Sen.", "state Rep.", "Mayor",
 * "Cllr"): the name after the person's " of " is where they were elected.
 */
const ELECTED = new Set(
  'sen senator rep representative congressman congresswoman assemblyman assemblywoman assemblymember del delegate mayor councillor councilman councilwoman councilmember alderman cllr coun mla mpp'.split(
    ' ',
  ),
);

/** Nouns of a body after an official's " of " ("Rep. Dana Roe of Ways and Means Committee"): no place. */
const BODY_WORDS = new Set(
  'committee party caucus council department office commission board house senate assembly'.split(' '),
);

/** Whether the person `p` of `block` has an elected official's title right before it ("Sen. Denise Haddad"). */
function isElected(block: string, p: EntityMention): boolean {
  const title = lastWordIn(block, Math.max(0, p.start - 20), p.start);
  return title !== undefined && title.end === p.start - 1 && ELECTED.has(bare(title.text));
}

/** Whether the name `m` of `block` names no body by its words ("Judiciary Committee"). */
const namesNoBody = (m: EntityMention): boolean => !m.text.split(' ').some((w) => BODY_WORDS.has(w.toLowerCase()));

/** Words that end a person's description ("a 54-year-old man [who] ...", "... [said] a lawyer from"). */
const NOT_IN_NOUN = new Set(
  'a an the and or but who that which said says told was were is are has had have with to'.split(' '),
);

/**
 * Whether the name at `start` of `block` follows an age's "from": "a 54-year-old man from ",
 * "the 23-year-old from ", with at most four lower-case words of a description between the age and "from".
 */
function afterAgeFrom(block: string, start: number): boolean {
  const from = Math.max(0, start - 90);
  let w = lastWordIn(block, from, start);
  if (w?.text !== 'from' || w.end !== start - 1) return false;
  for (let k = 0; k < 5; k++) {
    w = lastWordIn(block, from, w.start);
    if (w === undefined) return false;
    if (w.text.endsWith('-year-old')) return true;
    if (!isLowerAt(w.text, 0) || !isLettersOrHyphens(w.text) || NOT_IN_NOUN.has(w.text)) return false;
  }
  return false;
}

/** `mentions` with listed places typed ORG after a person's "of", or before "resident", made places. */
export function withPersonsTowns(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
): EntityMention[] {
  let sports: boolean | undefined;
  return mapped(mentions, (m, i) => {
    if (m.type !== 'ORG' && m.type !== 'PERSON') return m;
    const block = text.get(m.blockId) ?? '';
    const prev = i > 0 ? mentions[i - 1] : undefined;
    const gap =
      prev !== undefined &&
      prev.blockId === m.blockId &&
      prev.type === 'PERSON' &&
      prev.end < m.start &&
      m.start - prev.end <= 9
        ? block.slice(prev.end, m.start)
        : '';
    // An elected official's town ("state Sen. Denise Haddad of Dearborn"), in any story.
    if (gap === ' of ' && prev !== undefined && isElected(block, prev) && namesNoBody(m)) return retype(m, 'PLACE');
    // Else a town after an age's "from" (any name), after an age and "of" (any name), or a
    // listed one after a person's "of" or before "resident" (names typed ORG only).
    if (!afterAgeFrom(block, m.start)) {
      if (m.type === 'PERSON') return m;
      const aged = isAgeGap(gap);
      if (!aged && gap !== ' of ' && !block.startsWith(' resident', m.end)) return m;
      if (!aged && !isPlace(m.text)) return m;
    }
    sports ??= isSportsText(text);
    return sports ? m : retype(m, 'PLACE');
  });
}
