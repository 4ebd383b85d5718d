/**
 * "Treasury" is an organisation in every use (English, issue 15; names.md "Treasury bonds": the
 * department and its bonds are ORG, as CoNLL-2003 marks them: "Treasury yields", "the 10-year
 * Treasury", "Treasury bills"). The tagger, taught by train text that once made the bonds OTHER,
 * types some OTHER and leaves some out. After tagging:
 * - a mention "Treasury" typed other than ORG becomes ORG;
 * - "Treasury" the tagger left out, before a bond's word ("Treasury yields fell", "Treasury
 *   notes"), is named ORG.
 * Per mention, a look at its text; per text, the blocks are searched for "Treasury " only when
 * one holds it (a native search, no pattern).
 */
import { codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, rewrittenByBlock } from './by-block';

/** Words of a bond after "Treasury". */
const BOND_WORDS = new Set(['yield', 'yields', 'note', 'notes', 'bond', 'bonds', 'bill', 'bills', 'securities']);

/** The lower-case word at `at` in `block` (letters only), or ''. */
function wordAt(block: string, at: number): string {
  let end = at;
  while (end < block.length && end - at < 12) {
    const c = codeAt(block, end);
    if (c < 97 || c > 122) break;
    end++;
  }
  return block.slice(at, end);
}

/** `own` (one block's mentions, in order) with "Treasury" before a bond's word named where left out. */
function withBondNames(block: string, own: EntityMention[], blockId: number): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let at = block.indexOf('Treasury '); at >= 0; at = block.indexOf('Treasury ', at + 9)) {
    const before = codeAt(block, at - 1);
    if (at > 0 && ((before >= 65 && before <= 90) || (before >= 97 && before <= 122))) continue;
    if (!BOND_WORDS.has(wordAt(block, at + 9))) continue;
    const list: EntityMention[] = out ?? own;
    if (list.some((m) => m.start < at + 8 && m.end > at)) continue;
    out = [...list, { blockId, start: at, end: at + 8, text: 'Treasury', type: 'ORG' }];
  }
  return out === null ? own : out.sort((a, b) => a.start - b.start);
}

/** The mentions with "Treasury" typed ORG, and named before a bond's word where left out. */
export function withTreasury(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const retyped = mapped(mentions, (m) =>
    m.type !== 'ORG' && (m.text === 'Treasury' || m.text === 'TREASURY') ? retype(m, 'ORG') : m,
  );
  let any = false;
  for (const block of text.values())
    if (block.includes('Treasury ')) {
      any = true;
      break;
    }
  return any ? rewrittenByBlock(text, retyped, (blockId, block, own) => withBondNames(block, own, blockId)) : retyped;
}
