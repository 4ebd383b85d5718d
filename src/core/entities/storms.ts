/**
 * Named storms are OTHER (eval/gold/guidelines/names.md, MISC: "named storms"; lang-news.md:
 * "named storms keep "Storm"/"Hurricane" inside (`Storm Dennis`, `Hurricane Katrina`), the name
 * alone MISC too"). A weather story's card otherwise shows the storm as a person ("Renata",
 * "Kerrin": storms carry first names). After tagging (English), over the whole article:
 *
 * - a mention right after a capitalised storm word ("Hurricane", "Storm", "Typhoon", "Cyclone",
 *   "Tropical Storm", "Tropical Cyclone", "Super Typhoon") takes the word in and is OTHER
 *   ("Hurricane Renata"); after the word in lower case ("storm Isolde") the name alone is OTHER;
 * - a mention that starts with such a word ("Tropical Cyclone Kerrin") is OTHER;
 * - a mention said to be one: "Isolde is the third storm to hit", "Renata was a Category 2
 *   hurricane" (is/was/became, then "the"/"a" and at most four words before the storm word, none
 *   of them a preposition or an article: "was the calm in the storm" is not);
 *
 * and then every mention of the same name alone anywhere in the article is OTHER too ("Kerrin
 * is about 240 kilometres east of Townsville"). A storm word inside a longer name ("the Seattle
 * Storm", "Operation Desert Storm") is not one: the mention that holds it is left as it is.
 *
 * Weather systems (`withWeatherSystems`, a pass of its own after `withStorms`): a Philippine or
 * Pacific story names its storms in ways the rules above do not read, and the tagger makes them
 * people or organisations. Over the whole article:
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
import { mapped, mentionsByBlock, respan, retype, someBlock, unchanged } from './by-block';
import { perText } from './cue-index';

/** The storm words, capitalised, that begin a storm's name ("Tropical" and "Super" before them). */
const STORM_WORD =
  /(?:^|[^\p{L}\p{N}])((?:(?:Tropical|Super|Severe Tropical) )?(?:Storm|Hurricane|Typhoon|Cyclone)) $/u;

/** A storm word in lower case before the name ("storm Isolde", "the hurricane Renata"). */
const LOWER_STORM_WORD = /(?:^|[^\p{L}\p{N}])(?:storm|hurricane|typhoon|cyclone) $/u;

/** A mention that starts with a storm word: the name is what follows it. */
const STARTS_WITH_STORM_WORD =
  /^(?:(?:Tropical|Super|Severe Tropical) )?(?:Storm|Hurricane|Typhoon|Cyclone) (?=\p{Lu})/u;

/** After a mention: "is the third storm", "was a Category 2 hurricane" (the name said to be a storm). */
const SAID_TO_BE =
  /^(?:'s|’s)? (?:is|was|became|had become|has become) (?:the|a|an) (?:(?!(?:in|of|the|a|an|and|or|to|from|after|before|during|through|with|like)\b)[\p{L}\p{N}-]+ ){0,4}(?:storm|hurricane|typhoon|cyclone)(?![\p{L}'’])/u;

/**
 * Every storm word in any case: a text without one names no storm (the cheap check before the
 * patterns, once per text).
 */
const ANY_STORM_WORD = /storm|hurricane|typhoon|cyclone/i;

/**
 * A storm word or a phase of the ocean in any case (withWeatherSystems' cheap check: a text without one
 * names no such system); a
 * text with a storm word (ANY_STORM_WORD, its letters as written or in the other case) holds one.
 */
const ANY_WEATHER_WORD = /typhoon|cyclone|hurricane|storm|Ni[ñn][ao]\b/iu;

/** `perText`'s questions: two passes ask each of one text in turn. */
const WEATHER = {};
const STORMY = {};

/** Whether a block of the text holds a storm word or a phase of the ocean (ANY_WEATHER_WORD). */
function speaksOfWeather(text: ReadonlyMap<number, string>): boolean {
  return perText(text, WEATHER, () => someBlock(text, ANY_WEATHER_WORD));
}

/** Whether a block of the text holds a storm word (ANY_STORM_WORD): none where it holds no weather word. */
function speaksOfStorms(text: ReadonlyMap<number, string>): boolean {
  return perText(text, STORMY, () => speaksOfWeather(text) && someBlock(text, ANY_STORM_WORD));
}

/** How far before a mention a storm word may begin, and how far after it "is the ... storm" may end. */
const BEFORE = 30;
const AFTER = 80;

interface Storm {
  /** The name without the storm word ("Renata"). */
  name: string;
  /** Where the mention should start (the storm word's start when it is taken in). */
  start: number;
  /** The storm word's own mention, when the tagger made it one (it goes into the storm's). */
  word?: EntityMention;
}

/** Whether `m` names a storm in its block's `text`, and how; null when it does not. */
export function stormOf(
  text: string,
  m: EntityMention,
  covering: (at: number) => EntityMention | undefined,
): Storm | null {
  const lead = STARTS_WITH_STORM_WORD.exec(m.text);
  if (lead) return { name: m.text.slice(lead[0].length), start: m.start };
  const before = text.slice(Math.max(0, m.start - BEFORE), m.start);
  const word = STORM_WORD.exec(before);
  if (word) {
    const start = m.start - (word[1] as string).length - 1;
    // "the Seattle Storm Sue ...": the word belongs to a name of its own (unless it is the word alone).
    const holder = covering(start);
    if (!holder || (holder.start === start && holder.end === m.start - 1)) return { name: m.text, start, word: holder };
  }
  if (LOWER_STORM_WORD.test(before)) return { name: m.text, start: m.start };
  if (SAID_TO_BE.test(text.slice(m.end, m.end + AFTER))) return { name: m.text, start: m.start };
  return null;
}

/** The mentions with named storms OTHER, by the rules above (`text`: each block's text by id). */
export function withStorms(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // Most texts speak of no storm: each rule reads a storm word in the block, so none can apply.
  if (!speaksOfStorms(text)) return unchanged(mentions);
  const names = new Set<string>();
  const found = new Map<EntityMention, Storm>();
  const words = new Set<EntityMention>();
  const byBlock = mentionsByBlock(mentions);
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    const others = byBlock.get(m.blockId) ?? [];
    const storm = stormOf(block, m, (at) => others.find((o) => o !== m && o.start <= at && at < o.end));
    if (!storm) continue;
    found.set(m, storm);
    if (storm.word) words.add(storm.word);
    names.add(storm.name);
  }
  if (names.size === 0) return unchanged(mentions);
  return mentions.flatMap((m) => {
    if (words.has(m)) return [];
    const storm = found.get(m);
    if (storm) {
      const block = text.get(m.blockId) ?? '';
      return [respan(m, storm.start, m.end, block.slice(storm.start, m.end), 'OTHER' as const)];
    }
    return [names.has(m.text) ? retype(m, 'OTHER' as const) : m];
  });
}

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
