/**
 * A town before its mayor's title is a place (English, issue 15; names guidelines: a place
 * named in an office's title is LOC): "Toronto Mayor Olivia Chow", "Tofino Mayor Gwen Aldous",
 * "Westerville mayor Tom Brandt". The tagger reads the town, run into a title, as the council
 * it stands for. After tagging: a mention typed ORG, right before " Mayor " or " mayor " and a
 * capitalised word (the holder's name), becomes a place. Not an acronym or a party ("Labour
 * mayor Sadiq Khan", "GOP Mayor"), not a name with an organisation's word in it ("City Council
 * Mayor"). Per mention, a look at the seven characters after it; no walk when the text has no
 * mayor.
 *
 * names48a (en-466, en-481: two sets): a town the tagger left out before its mayor ("along with
 * Detroit Mayor Mike Duggan", "Smithers Mayor Gladys Atkinson said") is added as a place where the
 * page names the same word as a place or an organisation elsewhere (one or two capitalised words,
 * in no mention, after a lower-case word, a comma or a sentence's end).
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, unchanged, withFound } from './by-block';
import { mayHold } from './cue-index';
import { lastSpace } from './last-space';

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

/** The title `mayorAt` reads, as the text's index of words reads it (cue-index.ts): a text without it has no such title. */
const MAYOR_WORD = / [Mm]ayor /u;

/** The mentions with the towns before a mayor's title made places. */
export function withMayorsTowns(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  // Both steps read a title at `mayorAt` only: first the text's index of words (no block read).
  if (!mayHold(text, MAYOR_WORD)) return unchanged(mentions);
  const typed = mapped(mentions, (m) => {
    if (m.type !== 'ORG' || m.text.toUpperCase() === m.text) return m;
    if (!mayorAt(text.get(m.blockId) ?? '', m.end)) return m;
    return m.text.split(' ').some((w) => NOT_PLACE.has(w)) ? m : retype(m, 'PLACE');
  });
  return withLeftOutTowns(text, typed);
}

/** A capitalised word of a town (a capital, then letters, apostrophes or hyphens). */
const TOWN_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/** Where the town's one and two capitalised words that end at `end` of `block` start (none, one or two starts). */
function townStarts(block: string, end: number): number[] {
  const starts: number[] = [];
  let at = end;
  for (let n = 0; n < 2; n++) {
    const space = lastSpace(block, at - 1);
    const word = block.slice(space + 1, at);
    if (!TOWN_WORD.test(word) || NOT_PLACE.has(word)) break;
    starts.push(space + 1);
    if (space < 0) break;
    at = space;
  }
  return starts;
}

/** `mentions` with the towns the tagger left out before a mayor's title, where the page names them elsewhere. */
function withLeftOutTowns(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const named = new Set(mentions.filter((m) => m.type === 'PLACE' || m.type === 'ORG').map((m) => m.text));
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    for (let at = block.indexOf('ayor '); at > 1; at = block.indexOf('ayor ', at + 5)) {
      const space = at - 2;
      if (!mayorAt(block, space)) continue;
      // The longer name the page names elsewhere ("Former Tarn Mayor": "Tarn").
      const start = townStarts(block, space)
        .reverse()
        .find((s) => named.has(block.slice(s, space)));
      if (start === undefined) continue;
      const name = block.slice(start, space);
      if (mentions.some((m) => m.blockId === blockId && m.start < space && m.end > start)) continue;
      found.push({ blockId, start, end: space, text: name, type: 'PLACE' });
    }
  }
  return found.length === 0 ? unchanged(mentions) : withFound(mentions, found);
}
