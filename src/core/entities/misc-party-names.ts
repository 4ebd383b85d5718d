/**
 * A party's name the tagger cut or read as its members (issue 15, en-train21 and en-train22:
 * "Fine Gael" was "Gael" alone, "Christian Democrats" a person and an other name, "Social
 * Democrats" an other name; names.md: the party ORG, its members and adjective OTHER, so bare
 * "Democrats" stays OTHER). After tagging (English):
 * - "Democrats" after "Social", "Christian", "Free", "Liberal" or "Sweden" is the party: the
 *   adjective and the plural one ORG, whether the tagger took both, one, or each apart;
 * - the end of an Irish or Welsh party's name ("Gael", "Fáil", "Féin", "Cymru") with its first
 *   word right before it is the whole party, ORG.
 * Per mention, a look at the 12 characters before it.
 */
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, respan, unchanged } from './by-block';

/** Adjectives that make "Democrats" a party's name ("the Social Democrats"). */
const DEMOCRAT_PARTIES = new Set(['Social', 'Christian', 'Free', 'Liberal', 'Sweden']);

/** Parties of two words the tagger cuts to their last word, by that word. */
const CUT_PARTIES = new Map([
  ['Gael', 'Fine'],
  ['Fáil', 'Fianna'],
  ['Fail', 'Fianna'],
  ['Féin', 'Sinn'],
  ['Fein', 'Sinn'],
  ['Cymru', 'Plaid'],
]);

/** The first word of the party a mention's text ends, when the text right before the mention is it. */
function partyStart(m: EntityMention, block: string): string | null {
  const space = m.text.lastIndexOf(' ');
  const last = m.text.slice(space + 1);
  const first = last === 'Democrats' ? null : (CUT_PARTIES.get(last) ?? null);
  if (space > 0) {
    const whole = m.text.slice(0, space);
    return last === 'Democrats' && DEMOCRAT_PARTIES.has(whole) ? '' : first === whole ? '' : null;
  }
  for (const word of first === null ? (last === 'Democrats' ? DEMOCRAT_PARTIES : []) : [first])
    if (block.slice(Math.max(0, m.start - word.length - 1), m.start) === `${word} `) return word;
  return null;
}

/** The mentions with parties' names whole and ORG. */
export function withPartyNames(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => m.text.endsWith('Democrats') || CUT_PARTIES.has(m.text))) return unchanged(mentions);
  let changed = false;
  const byBlock = mentionsByBlock(mentions);
  for (const [blockId, ms] of byBlock) {
    const block = text.get(blockId) ?? '';
    const out: EntityMention[] = [];
    for (const m of ms) {
      const word = m.type === 'ORG' && m.text.includes(' ') ? null : partyStart(m, block);
      if (word === null) {
        out.push(m);
        continue;
      }
      const start = m.start - (word === '' ? 0 : word.length + 1);
      // The adjective the tagger took apart ("Christian" typed PERSON) goes into the party.
      const prev = out[out.length - 1];
      if (prev !== undefined && prev.start >= start) out.pop();
      out.push(respan(m, start, m.end, block.slice(start, m.end), 'ORG'));
      changed = true;
    }
    byBlock.set(blockId, out);
  }
  return changed ? inTextOrder(text, byBlock) : unchanged(mentions);
}
