/**
 * A town before its mayor's title is a place (English, issue 15; names guidelines: a place
 * named in an office's title is LOC): "Toronto Mayor Olivia Chow", "Tofino Mayor Gwen Aldous",
 * "Westerville mayor Tom Brandt". The tagger reads the town, run into a title, as the council
 * it stands for. After tagging: a mention typed ORG, right before " Mayor " or " mayor " and a
 * capitalised word (the holder's name), becomes a place. Not an acronym or a party ("Labour
 * mayor Sadiq Khan", "GOP Mayor"), not a name with an organisation's word in it ("City Council
 * Mayor"). Per mention, a look at the seven characters after it; no walk when the text has no
 * mayor.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';

/** Parties and organisations' words: a mention with one of them stays ORG. */
const NOT_PLACE = new Set(
  'Labour Conservative Conservatives Tory Tories Liberal Liberals Democrat Democrats Democratic Republican Republicans Green Greens Reform Independent Party Council Union Association Committee Group Board Office Authority Department Corporation Company Club'.split(
    ' ',
  ),
);

/** Whether `block` has " Mayor " or " mayor " and a capitalised word right at `at`. */
function mayorAt(block: string, at: number): boolean {
  if (charAt(block, at) !== ' ' || charAt(block, at + 6) !== ' ') return false;
  const title = block.slice(at + 1, at + 6);
  if (title !== 'Mayor' && title !== 'mayor') return false;
  const next = codeAt(block, at + 7);
  return next >= 65 && next <= 90;
}

/** The mentions with the towns before a mayor's title made places. */
export function withMayorsTowns(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  let any = false;
  for (const block of text.values())
    if (block.includes('ayor ')) {
      any = true;
      break;
    }
  if (!any) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (m.type !== 'ORG' || m.text.toUpperCase() === m.text) return m;
    if (!mayorAt(text.get(m.blockId) ?? '', m.end)) return m;
    return m.text.split(' ').some((w) => NOT_PLACE.has(w)) ? m : retype(m, 'PLACE');
  });
}
