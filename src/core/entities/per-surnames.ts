/**
 * A person's surname alone is the person (issue 15, names29: a political story's "Mike Pence"
 * once and "Pence" alone seventeen times, each typed as an organisation; names.md: a surname is
 * PER, "Cook" after "Tim Cook"). group.ts joins the mentions into one entity for the card, but
 * each mention keeps the tagger's type in the names. After tagging (English): a one-word mention
 * typed ORG that is the last word of a person's name of two or more words on the same page
 * becomes PERSON, unless the word lists know it as an organisation's name ("Ford" beside
 * "Harrison Ford", "Williams" the racing team) or the page names an organisation that holds it
 * ("Pence Foundation").
 * Linear: one pass to learn the surnames and the organisations' words, one to retype.
 */
import { mapped, retype, unchanged } from './by-block';
import type { EntityMention } from '../types';
import { lastSpace } from './last-space';

/** The mentions with a person's surname alone typed PERSON. */
export function withSurnames(
  mentions: readonly EntityMention[],
  isOrgName: (name: string) => boolean,
): EntityMention[] {
  const surnames = new Set<string>();
  const orgWords = new Set<string>();
  for (const m of mentions) {
    const space = lastSpace(m.text);
    if (space < 0) continue;
    if (m.type === 'PERSON') surnames.add(m.text.slice(space + 1));
    else if (m.type === 'ORG') for (const w of m.text.split(' ')) orgWords.add(w);
  }
  if (surnames.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) =>
    m.type === 'ORG' && surnames.has(m.text) && !orgWords.has(m.text) && !isOrgName(m.text)
      ? retype(m, 'PERSON' as const)
      : m,
  );
}
