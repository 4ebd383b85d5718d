/**
 * Works named in quotation marks, for the Spanish and Dutch models: the models often tag only
 * a title's first word ("La" of «La orilla», "El" of “El olivo”), since a title is written in
 * sentence case. A mention that starts a short quoted text and is an other name, or only an
 * article, becomes the whole quoted title, one other name (with its marks in Spanish, as
 * CoNLL-2002 writes it). An article alone outside a title is no name.
 *
 * One look at the few characters around each mention: linear in the mentions.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { respan } from './by-block';

/** Closing quotation mark for each opening one. */
const CLOSING = new Map([
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['‘', '’'],
]);

/** Articles that are no name alone (Spanish, Dutch). */
const ARTICLES = new Set('el la los las lo un una unos unas de het een \u2019t'.split(' '));

/** The longest quoted title read, in characters and words. */
const MAX_CHARS = 80;
const MAX_WORDS = 8;

/** The end of the quoted title a mention starts, or -1. */
function titleEnd(block: string, m: EntityMention, lang: string): [number, number] | null {
  const open = charAt(block, m.start - 1);
  const close = CLOSING.get(open);
  if (!close) return null;
  const end = block.indexOf(close, m.end);
  if (end < 0 || end - m.start > MAX_CHARS) return null;
  const inside = block.slice(m.start, end);
  // A title, not a quoted sentence: no stop or line break inside, a few words.
  if (/[.!?;:\n]/u.test(inside) || inside.split(' ').length > MAX_WORDS) return null;
  return lang === 'es' ? [m.start - 1, end + 1] : [m.start, end];
}

export function quotedWorks(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  lang: string,
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    const article = ARTICLES.has(m.text.toLowerCase());
    if (m.type === 'OTHER' || article) {
      const span = titleEnd(block, m, lang);
      if (span) {
        const [start, end] = span;
        // The mentions the title now holds go.
        while (out.length && out[out.length - 1]?.blockId === m.blockId && (out[out.length - 1]?.start ?? 0) >= start)
          out.pop();
        out.push(respan(m, start, end, block.slice(start, end), 'OTHER'));
        continue;
      }
    }
    const last = out[out.length - 1];
    if (last && last.blockId === m.blockId && m.start < last.end) continue;
    if (!article) out.push(m);
  }
  return out;
}
