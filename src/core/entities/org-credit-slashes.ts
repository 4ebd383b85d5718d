/**
 * Names set apart by a spaced slash are two names (issue 15: a photo credit's "(Bettmann /
 * Getty)", "(State Emergency Service / Telegram)"; names49a, en-train21-22). The tagger runs the
 * agency and the outlet, or the archive and the agency, into one organisation across the slash;
 * the en-train gold holds no name with " / " inside.
 *
 * After tagging (English): a mention whose text holds " / " is cut there into its parts, each of
 * the mention's type; a part that does not start with a letter or digit is dropped. A slash
 * without spaces ("AC/DC", "Mark Stout/iStock") is left to the passes that read it. Per mention,
 * one look for the three characters.
 */
import type { EntityMention } from '../types';
import { respan, unchanged } from './by-block';

const SLASH = ' / ';

/** The parts of `m` between its spaced slashes, as mentions of its type. */
function parts(m: EntityMention): EntityMention[] {
  const out: EntityMention[] = [];
  let from = 0;
  for (;;) {
    const at = m.text.indexOf(SLASH, from);
    const end = at < 0 ? m.text.length : at;
    const part = m.text.slice(from, end);
    if (/^[\p{L}\p{N}]/u.test(part)) out.push(respan(m, m.start + from, m.start + end, part));
    if (at < 0) return out;
    from = at + SLASH.length;
  }
}

/** `mentions` with each one holding a spaced slash cut into its parts. */
export function withoutSlashJoins(mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => m.text.includes(SLASH))) return unchanged(mentions);
  return mentions.flatMap((m) => (m.text.includes(SLASH) ? parts(m) : [m]));
}
