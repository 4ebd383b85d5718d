/**
 * Two name shapes of persons the tagger cuts (issue 15, en-train22; the card's one chip per person):
 * - a Malay or Arabic patronymic: a person, "bin"/"binti"/"bint"/"ibn", then a person right after
 *   ("Siti Nur Aisyah binti Rahman" was "Siti Nur Aisyah" and "Rahman"): one person;
 * - a Cantonese given name written with its hyphen after an English given name and a surname
 *   ("Ivan Cheng Ka-wing", "Starry Lee Wai-king"): the tagger reads the hyphened word alone as an
 *   OTHER compound and leaves the two words before it out; the two capitalised words right before
 *   it and the word itself are one person, when nothing of theirs is a mention of another kind.
 * After tagging (English). One look at the text before or between neighbouring mentions.
 */
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, respan, unchanged } from './by-block';

/** Particles of a patronymic between a person's given names and the father's. */
const PATRONYMIC = new Set(['bin', 'binti', 'bint', 'ibn', 'binte']);

/** A Cantonese given name of two syllables written with a hyphen ("Ka-wing", "Yuet-ngor"). */
const CANTONESE_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** Two capitalised words right before a mention ("Ivan Cheng "), at the block's start or after a non-letter. */
const TWO_WORDS_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}{1,15} \p{Lu}\p{Ll}{1,10}) $/u;

/** Words before a surname that are no given name ("Mr Cheng Ka-wing", "The Lee Wai-king"): the surname alone then. */
const NOT_GIVEN = new Set(['The', 'A', 'An', 'Mr', 'Mrs', 'Ms', 'Dr', 'Miss', 'Madam', 'Sir', 'Professor', 'Prof']);

/**
 * Whether mention `m` may start one of the two shapes: a person followed by " bin " (or another
 * patronymic; only its first letter, b or i, is read before a slice), or a Cantonese given name
 * not typed as a person. A superset of what the pass changes, so a text without any keeps its
 * mentions without the per-block copies (most texts: a person is on nearly every page).
 */
function mayChange(text: ReadonlyMap<number, string>, m: EntityMention): boolean {
  if (m.type !== 'PERSON') return CANTONESE_GIVEN.test(m.text);
  const block = text.get(m.blockId) ?? '';
  if (block.charCodeAt(m.end) !== 32) return false;
  const first = block.charCodeAt(m.end + 1);
  if (first !== 98 && first !== 105) return false; // "b", "i"
  const end = block.indexOf(' ', m.end + 1);
  return end > 0 && PATRONYMIC.has(block.slice(m.end + 1, end));
}

/** The mentions with patronymics and Cantonese given names inside their persons. */
export function withParticleNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!mentions.some((m) => mayChange(text, m))) return unchanged(mentions);
  let changed = false;
  const byBlock = mentionsByBlock(mentions);
  for (const [blockId, ms] of byBlock) {
    const block = text.get(blockId) ?? '';
    const out: EntityMention[] = [];
    byBlock.set(blockId, out);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i] as EntityMention;
      const next = ms[i + 1];
      if (m.type === 'PERSON' && next !== undefined && next.type === 'PERSON') {
        const gap = block.slice(m.end, next.start);
        if (gap.length > 2 && gap.startsWith(' ') && gap.endsWith(' ') && PATRONYMIC.has(gap.slice(1, -1))) {
          out.push(respan(m, m.start, next.end, block.slice(m.start, next.end), 'PERSON'));
          i++;
          changed = true;
          continue;
        }
      }
      if (CANTONESE_GIVEN.test(m.text) && m.type !== 'PERSON') {
        const prev = out[out.length - 1];
        const before = block.slice(Math.max(prev?.end ?? 0, m.start - 30), m.start);
        const two = TWO_WORDS_BEFORE.exec(before);
        if (two !== null) {
          const words = two[1] as string;
          const space = words.indexOf(' ');
          const start = m.start - (NOT_GIVEN.has(words.slice(0, space)) ? words.length - space : words.length + 1);
          out.push(respan(m, start, m.end, block.slice(start, m.end), 'PERSON'));
          changed = true;
          continue;
        }
      }
      out.push(m);
    }
  }
  return changed ? inTextOrder(text, byBlock) : unchanged(mentions);
}
