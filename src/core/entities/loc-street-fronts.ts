/**
 * A street named with its street word in front, as French, Spanish, Portuguese and Italian
 * streets are ("the Avenue Cheikh Anta Diop", "along the Boulevard de la Republique", "the
 * Place de la Nation"), is a place (eval/gold/guidelines/names.md: streets and squares LOC). The
 * tagger, which knows the English "Third Avenue" order, reads the capitals after the street word
 * as a body's name. Issue 15, the families of en-train13 (Dakar and Niamey protest reports).
 *
 * After tagging (English): a mention typed ORG or OTHER of two words or more whose first word is
 * a street word ("Avenue", "Boulevard", "Rue", "Avenida", "Calle", ...; "Place" and "Plaza" only
 * before "de"/"du"/"des"/"d'") and that follows "the" or a preposition of place ("on", "along",
 * "to", ...) is made a place. A person ("Rue McClanahan") is never retyped, nor a name opening a
 * sentence ("Boulevard Brewing said"). Per mention, a look at its first word, then at the word
 * before it. One walk, copying only on change.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { codeAt } from './chars';
import { lastSpace } from './last-space';

/** Street words written before a street's name. */
const FRONTS = new Set('Avenue|Boulevard|Rue|Avenida|Calle|Quai|Chaussée|Piazza|Viale|Corso|Rua|Carrer'.split('|'));

/** Square words written before a square's name, followed by "de"/"du"/"des"/"d'". */
const SQUARES = new Set('Place|Plaza|Praça|Plaça'.split('|'));

/** Words before a street's name: "the" and prepositions of place. */
const BEFORE = new Set('the|on|along|down|up|in|at|to|near|off|onto|into|from|through|across|via'.split('|'));

/** Whether `name` opens with a street word in front of a name. */
function frontedStreet(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const first = name.slice(0, space);
  if (FRONTS.has(first)) return name.length - space > 2 && codeAt(name, space + 2) !== 32;
  if (!SQUARES.has(first)) return false;
  return (
    name.startsWith(' de ', space) ||
    name.startsWith(' du ', space) ||
    name.startsWith(' des ', space) ||
    name.startsWith(" d'", space) ||
    name.startsWith(' d’', space)
  );
}

/** Whether the word just before `at` in `block` (one space before it) is "the" or a preposition of place. */
function afterPlaceWord(block: string, at: number): boolean {
  if (codeAt(block, at - 1) !== 32) return false;
  const from = lastSpace(block, at - 2) + 1;
  return at - 1 - from <= 7 && BEFORE.has(block.slice(from, at - 1));
}

/** `mentions` with the streets named street word first typed ORG or OTHER made places. */
export function withStreetFronts(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => {
    if ((m.type !== 'ORG' && m.type !== 'OTHER') || !frontedStreet(m.text)) return m;
    return afterPlaceWord(text.get(m.blockId) ?? '', m.start) ? retype(m, 'PLACE') : m;
  });
}
