/**
 * Diseases and the viruses that cause them are not names (eval/gold/guidelines/names.md: "a
 * disease is not a name"; "Ebola" only as the name of an outbreak): a health story's card
 * otherwise shows `RSV` and `ALS` as organisations and `Guillain-Barré` as a person. Dropped
 * after tagging (English), whatever type the tagger gave:
 *
 * - a mention that is a disease's or a pathogen's short name ("RSV", "MRSA", "H5N1");
 * - a mention right before "disease", "syndrome", "virus", "fever" or "flu" that names it
 *   ("Guillain-Barré syndrome", "Lyme disease", "Alzheimer’s disease", "Zika virus"): any type
 *   with the possessive, not an organisation without it ("a Johns Hopkins disease expert");
 * - a disease known by its eponym alone, with its possessive ("patients with Alzheimer’s").
 *
 * Names that hold a disease among other words ("Centers for Disease Control", "the ALS
 * Association") are names, and stay. CoNLL-2003 marks a few diseases of 1996 MISC ("BSE",
 * "CJD"); those are left to the tagger.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { kept } from './by-block';

/** Short names of diseases and pathogens, as written (case matters: "Covid", not "covid"). */
const SHORT_NAMES = new Set(
  'RSV|ALS|MRSA|HPV|HIV|AIDS|COVID|COVID-19|Covid|Covid-19|SARS-CoV-2|MERS|Mpox|H5N1|H1N1|H7N9|H3N2|ADHD|PTSD|COPD|ME/CFS|Zika|Nipah|Chikungunya|Dengue'.split(
    '|',
  ),
);

/** Eponyms that name a disease with their possessive alone ("living with Alzheimer’s"). */
const EPONYMS = new Set(['Alzheimer', 'Crohn', 'Tourette', 'Asperger']);

/** The words after a name that make the name a disease's (lower case, as written in news). */
const DISEASE_HEADS = new Set(['disease', 'syndrome', 'virus', 'fever', 'flu']);

/** The first letters of DISEASE_HEADS: the cheap check before reading the word. */
const HEAD_FIRST = new Set(['d', 's', 'v', 'f']);

/** The letters of `text` from `at` up to the first other character (`text-words.ts` `wordAt` reads up to a space). */
function lettersAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && /\p{L}/u.test(charAt(text, end))) end++;
  return text.slice(at, end);
}

/** Whether `m` (in its block's `text`) names a disease, by the rules above. */
export function isDisease(text: string, m: EntityMention): boolean {
  if (SHORT_NAMES.has(m.text)) return true;
  const next = charAt(text, m.end);
  const possessive = next === "'" || next === '’';
  const after = possessive ? (charAt(text, m.end + 1) === 's' ? m.end + 2 : m.end + 1) : m.end;
  if (
    charAt(text, after) === ' ' &&
    HEAD_FIRST.has(charAt(text, after + 1)) &&
    DISEASE_HEADS.has(lettersAt(text, after + 1))
  )
    return possessive || m.type !== 'ORG';
  // "Alzheimer’s" alone: the possessive and no word of the same name after it.
  return possessive && EPONYMS.has(m.text) && !/\p{Lu}/u.test(charAt(text, after + 1));
}

/** The mentions that are no disease (`text`: each block's text by id). */
export function withoutDiseases(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return kept(mentions, (m) => !isDisease(text.get(m.blockId) ?? '', m));
}
