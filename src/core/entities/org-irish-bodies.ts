/**
 * Irish state bodies named with the Irish article "An" ("An Bord Pleanála", "An Coimisiún
 * Pleanála", "An Garda Síochána", "An Post", "An Taisce") are organisations, and the article is
 * part of their name (eval/gold/guidelines/names.md, "Boundaries": an article that is part of
 * the name is kept). The tagger leaves the capital "An" out, reading it as the English article,
 * and takes "Bord Pleanála" for a person. Issue 15, the families of en-train13.
 *
 * After tagging (English): a mention whose first word is the head of an Irish body's name
 * ("Bord", "Coimisiún", "Garda", ...) and which comes just after "An " is run back over the
 * article and made ORG. Per mention, a look at the three characters before it first; its first
 * word is read only when they are "An ". One walk, copying only on change.
 */
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';
import { codeAt } from './chars';

/** The first words of Irish bodies' names after "An" (Irish nouns: board, commission, council, ...). */
const IRISH_HEADS = new Set('Bord Coimisiún Chomhairle Garda Post Taisce Roinn Údarás Chúirt'.split(' '));

/** Whether `block` has "An " just before `at`, the "A" opening a word. */
function anBefore(block: string, at: number): boolean {
  if (at < 3 || codeAt(block, at - 1) !== 32 || codeAt(block, at - 2) !== 110 || codeAt(block, at - 3) !== 65)
    return false;
  const before = at > 3 ? codeAt(block, at - 4) : 32;
  // Not inside a word ("Iran Post"): a space, a quote or a bracket before the "A", or the block's start.
  return before === 32 || before === 34 || before === 40 || before === 0x201c || before === 0x2018 || before === 39;
}

/** `mentions` with each Irish body after "An" run back over the article and typed ORG. */
export function withIrishBodies(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => {
    const block = text.get(m.blockId);
    if (block === undefined || !anBefore(block, m.start)) return m;
    const space = m.text.indexOf(' ');
    const first = space < 0 ? m.text : m.text.slice(0, space);
    if (!IRISH_HEADS.has(first)) return m;
    return respan(m, m.start - 3, m.end, block.slice(m.start - 3, m.end), 'ORG');
  });
}
