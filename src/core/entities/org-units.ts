/**
 * A named unit of an organisation, after the organisation's possessive, is an organisation
 * (English, issue 15; names guidelines: agencies, committees, laboratories and named units
 * inside an organisation are ORG): "MIT's Instrumentation Laboratory", "the PSNI's Economic
 * Crime Unit", "NASA's Goddard Space Flight Center", "Google's Threat Intelligence Group". The
 * tagger reads such a Title Case run as OTHER (a product's or a work's name) or, by its last
 * word, as a place. After tagging: a mention typed OTHER or PLACE, of two words or more, whose
 * last word is a unit's noun (UNIT_NOUNS), right after "'s " that closes a mention typed ORG,
 * becomes ORG. A person's possessive is left alone ("Taylor Swift's The Tortured Poets
 * Department" is an album), and so is a fund or a trust (often a product: "BlackRock's iShares
 * Bitcoin Trust"). Per mention, a look at its last word and the three characters before it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** The last words of a unit's name inside an organisation. */
const UNIT_NOUNS = new Set(
  'Institute Laboratory Laboratories Lab Labs Observatory Unit Agency Commission Committee Council Department Ministry College Foundation Association Society Bureau Authority Service Board Office Academy Group Institution Center Centre Division Directorate Team Program Programme Initiative Network Command Corps School Squad Section Branch Secretariat Hospital'.split(
    ' ',
  ),
);

/** Whether `name` (two words or more) ends in a unit's noun. */
function endsInUnitNoun(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && UNIT_NOUNS.has(name.slice(space + 1));
}

/** The mentions with the named units after an organisation's possessive made ORG. */
export function withOrgUnits(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m, i) => {
    if (m.type !== 'OTHER' && m.type !== 'PLACE') return m;
    const owner = mentions[i - 1];
    if (!owner || owner.type !== 'ORG' || owner.blockId !== m.blockId || owner.end !== m.start - 3) return m;
    const block = text.get(m.blockId) ?? '';
    const apostrophe = charAt(block, m.start - 3);
    if (
      (apostrophe !== "'" && apostrophe !== '’') ||
      charAt(block, m.start - 2) !== 's' ||
      charAt(block, m.start - 1) !== ' '
    )
      return m;
    return endsInUnitNoun(m.text) ? retype(m, 'ORG') : m;
  });
}
