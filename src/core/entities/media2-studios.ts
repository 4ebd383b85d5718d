/**
 * Studios, labels and publishers are organisations (issue 15, en-train9 family 3; names.md:
 * companies ORG). The tagger reads a made-up studio's name as a work or a product ("Larkfield
 * Games", "Northgate Interactive", "Coldharbour Studios" typed OTHER) and its short name as a
 * person ("Larkfield said ..."). After tagging (English):
 * - a name of two or more words ending in a company's head word (Games, Studios, Interactive,
 *   Records, Pictures, Publishing) becomes ORG, except the sporting games ("Asian Games",
 *   "Commonwealth Games", "the 2026 Games", a listed place's "Atlanta Games");
 * - then the same name without its head word ("Larkfield"), wherever it stands alone in the
 *   text, becomes ORG.
 * Cheap: nothing to do in a text without one of the head words after a mention.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** The last words of a company's name in games, film, music and books. */
const HEADS = new Set(['Games', 'Studios', 'Interactive', 'Records', 'Pictures', 'Publishing']);

/** First words of multi-sport events called "... Games" (MISC, not companies). */
const SPORTING = new Set([
  'Olympic',
  'Paralympic',
  'Commonwealth',
  'Asian',
  'Pan',
  'Winter',
  'Summer',
  'Youth',
  'Invictus',
  'Highland',
  'Island',
  'World',
  'European',
  'African',
  'Arab',
  'Mediterranean',
  'Pacific',
  'Special',
  'Gay',
  'Goodwill',
  'Maccabiah',
  'Southeast',
  'Central',
  'Hunger',
  'X',
]);

/** A word with a digit (a year or an edition: "2026 Games"). */
const HAS_DIGIT = /\d/u;

/** The short name of `m` when it is a company named with a head word, else null. */
function shortName(m: EntityMention, isPlace: (name: string) => boolean): string | null {
  // The last word first, without cutting the name into words: most names end in no head word
  // (speed, issue 15: asked of every mention, twice where a text names a studio).
  const space = lastSpace(m.text);
  if (space < 0 || !HEADS.has(m.text.slice(space + 1))) return null;
  const words = m.text.split(' ');
  const head = words[words.length - 1] as string;
  const short = words.slice(0, -1).join(' ');
  // A city's or a country's games are its Olympics ("the Atlanta Games").
  if (head === 'Games' && (words.some((w) => SPORTING.has(w) || HAS_DIGIT.test(w)) || isPlace(short))) return null;
  return short;
}

/** The mentions with studios, labels and publishers named with their head word typed ORG, and their short names. */
export function withStudios(mentions: readonly EntityMention[], isPlace: (name: string) => boolean): EntityMention[] {
  const shorts = new Set<string>();
  for (const m of mentions) {
    const short = shortName(m, isPlace);
    if (short !== null) shorts.add(short);
  }
  if (shorts.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (m.type === 'ORG') return m;
    if (shortName(m, isPlace) !== null || shorts.has(m.text)) return retype(m, 'ORG' as const);
    return m;
  });
}
