/**
 * Named storms and weather systems are OTHER (eval/gold/guidelines/names.md, MISC: "named
 * storms"; lang-news.md: "the name alone MISC too"). storms.ts reads a storm word before the
 * name ("Typhoon Haiyan") and "is the third storm"; a Philippine or Pacific story names its
 * storms in ways it does not read, and the tagger makes them people or organisations. After
 * tagging (English), over the whole article:
 *
 * - a mention that starts with a storm word written as one ("Supertyphoon Yolanda",
 *   "Supercyclone Amphan"): the whole is OTHER, and the name alone elsewhere;
 * - a storm's other name in a text with a storm word: "(international name: Haiyan)",
 *   "known locally as Ligaya", "locally named Odette", "local name Rolly": OTHER, and the same
 *   name alone elsewhere;
 * - the ocean's warm and cold phases, "El Niño" and "La Niña" (with or without the tilde):
 *   OTHER, as named weather systems.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { speaksOfStorms, speaksOfWeather } from './storms';

/** A storm word written as one word before the name. */
const ONE_WORD_STORM = /^(?:Supertyphoon|Supercyclone|Superstorm|Super-typhoon|Super-cyclone) (?=\p{Lu})/u;

/** A storm's other name just before the mention: "international name: ", "known locally as ". */
const OTHER_NAME_BEFORE =
  /(?:international name:? |local name:? |locally (?:known as|named|called) |known locally as |named locally as |locally as )$/u;

/** The ocean's phases. */
const PHASES = new Set(['El Niño', 'La Niña', 'El Nino', 'La Nina']);

/** The mentions with storms' one-word storm names, their other names and El Niño OTHER. */
export function withWeatherSystems(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  // The cue: a storm word or a phase of the ocean in any case; a text without one names no such system.
  if (!speaksOfWeather(text)) return unchanged(mentions);
  const names = new Set<string>();
  const stormy = speaksOfStorms(text);
  for (const m of mentions) {
    const lead = ONE_WORD_STORM.exec(m.text);
    if (lead) {
      names.add(m.text);
      names.add(m.text.slice(lead[0].length));
      continue;
    }
    if (!stormy || m.text.includes(' ')) continue;
    const block = text.get(m.blockId) ?? '';
    if (OTHER_NAME_BEFORE.test(block.slice(Math.max(0, m.start - 24), m.start))) names.add(m.text);
  }
  return mapped(mentions, (m) =>
    m.type !== 'OTHER' && (names.has(m.text) || PHASES.has(m.text)) ? retype(m, 'OTHER' as const) : m,
  );
}
