/**
 * A team's plural nickname standing alone is its club in a sports story (eval/gold/guidelines/
 * names.md: clubs and teams are ORG, `Steelers`, `Eagles`; lang-news.md: nicknames ORG, `Bees`,
 * `Hammers`, `Scarlets`, `Leafs`). org-nicknames.ts makes OTHER mentions ORG when the word lists
 * or its own list know the nickname; this reads the ones they do not ("earn Wolves a point", "the
 * Scorchers needed 33", "at home to the Senators"). Issue 15, the families of the en-train pages
 * (The Guardian, The Sydney Morning Herald, the Toronto Star, ProPublica).
 *
 * After tagging (English), in a sports story (club-context.ts): a mention typed OTHER that is one
 * capitalised word ending in "s" (not "ss"), no nationality or people ("Australians") and no
 * event's or competition's plural ("Ashes", "Olympics", "Championships"), is ORG. Nothing to do
 * in a text without such a mention; the sports test (cached for the text) only then.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';
import { codeAt } from './chars';

/** Plurals of events, competitions and honours, lower-case. */
const NOT_CLUBS = new Set(
  (
    'ashes olympics paralympics games championships nationals finals majors masters trials awards opens ' +
    'classics internationals athletics series playoffs honours honors grammys oscars emmys baftas tonys ' +
    'commonwealths worlds europeans'
  ).split(' '),
);

/** Whether `word` is one capital, then 2 to 20 lower-case ASCII letters ending in "s" but not "ss". */
function isPluralName(word: string): boolean {
  const n = word.length;
  if (n < 4 || n > 22) return false;
  const first = codeAt(word, 0);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = codeAt(word, i);
    if (c < 97 || c > 122) return false;
  }
  return codeAt(word, n - 1) === 115 && codeAt(word, n - 2) !== 115;
}

/** `mentions` with one-word plural nicknames typed OTHER made ORG, in a sports story. */
export function withPluralNicknames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isNationality: (word: string) => boolean,
): EntityMention[] {
  if (!mentions.some((m) => m.type === 'OTHER' && isPluralName(m.text)) || !isSportsText(text))
    return unchanged(mentions);
  return mapped(mentions, (m) =>
    m.type === 'OTHER' && isPluralName(m.text) && !NOT_CLUBS.has(m.text.toLowerCase()) && !isNationality(m.text)
      ? retype(m, 'ORG')
      : m,
  );
}
