/**
 * A person's name with a particle inside it is one name, for the Spanish and Dutch models: the
 * models sometimes cut "Lot van Hooijdonk" into "Lot" and "Hooijdonk", or "Luis de Guindos"
 * into "Luis" and "Guindos", two persons with only lower-case particles between them. A
 * one-word person (a first name) and a person after it in the same block, separated by one to
 * three particles of the language with single spaces, become one person. A longer first part
 * is a whole name already, and the particle is a preposition ("Piet Swimberghe van Knack":
 * Piet Swimberghe of Knack).
 *
 * One look at the text between neighbouring mentions: linear in the mentions.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { respan, unchanged } from './by-block';

/** Particles inside a person's name, per language. */
const PARTICLES: Record<string, ReadonlySet<string>> = {
  es: new Set('de del la las los'.split(' ')),
  nl: new Set("van de der den ten ter te 't in vande vanden".split(' ')),
};

/** The most particles between the two parts. */
const MAX_PARTICLES = 3;

/** Whether `gap` (the text between two names) is " particle( particle)* ". */
function isParticleGap(gap: string, particles: ReadonlySet<string>): boolean {
  if (gap.length < 3 || charAt(gap, 0) !== ' ' || charAt(gap, gap.length - 1) !== ' ') return false;
  const words = gap.slice(1, -1).split(' ');
  return words.length <= MAX_PARTICLES && words.every((w) => particles.has(w));
}

export function particlePersons(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  lang: string,
): EntityMention[] {
  const particles = PARTICLES[lang];
  if (!particles) return unchanged(mentions);
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (
      last &&
      last.blockId === m.blockId &&
      last.type === 'PERSON' &&
      m.type === 'PERSON' &&
      m.start > last.end &&
      !last.text.includes(' ')
    ) {
      const block = text.get(m.blockId) ?? '';
      if (isParticleGap(block.slice(last.end, m.start), particles)) {
        out[out.length - 1] = respan(last, last.start, m.end, block.slice(last.start, m.end));
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
