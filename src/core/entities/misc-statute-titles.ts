/**
 * Bills, Acts, plans and policy statements named by their title are one OTHER name
 * (eval/gold/guidelines/names.md, MISC: "laws, treaties and acts", "named plans and
 * campaigns"). intl-laws.ts reads bracketed titles and years; the tagger also cuts a plain
 * title before its last word ("Post Office" an organisation and "Bill" a person), leaves a
 * title's first words out at "and" ("Planning and Development Bill" read from "Development"),
 * and calls a government's named plan or statement an organisation ("the Law Enforcement
 * Advancement Plan", "the Medium-Term Budget Policy Statement"). After tagging (English), only
 * in a text holding " Bill", " Act", " Plan", " Statement", " Strategy", " Compact", " Treaty" or " Accord":
 *
 * - a mention of capitalised words followed by " Bill" or " Act" (that word alone a mention of
 *   its own or none, and no capitalised word after it: "Bill Gates" is a person) is one OTHER
 *   name with it;
 * - a mention of two words or more ending in "Bill" or "Act" takes in "Word and " before it when
 *   the word is capitalised and comes after "the" ("the Planning and Development Bill");
 * - a mention of three words or more typed ORG or PERSON ending in "Bill", "Act", "Plan",
 *   "Statement" or "Strategy" is OTHER, and so is a treaty by its last word "Compact", "Treaty"
 *   or "Accord" ("the Colorado River Compact": names44b).
 */
import type { EntityMention } from '../types';
import { respan, someBlock, unchanged } from './by-block';

/** The cue: a title's last word. */
const CUE = / (?:Bill|Act|Plan|Statement|Strategy|Compact|Treaty|Accord)\b/u;

/** A law's last word after a title, and what follows it: no capitalised word ("Bill Gates"). */
const LAW_AFTER = /^ (Bill|Act)(?![\p{L}\p{N}])(?! \p{Lu})/u;

/** A title's last words that make an ORG or PERSON of three words or more a title. */
const TITLE_ENDS = / (?:Bill|Act|Plan|Statement|Strategy|Compact|Treaty|Accord)$/u;

/** "the Word and " right before a law's name. */
const WORD_AND_BEFORE = /(?:^|[^\p{L}])[Tt]he (\p{Lu}\p{Ll}+ and )$/u;

/** A mention of capitalised words only (each word's first letter a capital). */
const CAPITALISED = /^\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,5}$/u;

/** The mentions with laws, plans and statements named whole as OTHER. */
export function withStatuteTitles(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!someBlock(text, CUE)) return unchanged(mentions);
  const ordered = mentions;
  const out: EntityMention[] = [];
  let changed = false;
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i] as EntityMention;
    const block = text.get(m.blockId) ?? '';
    const next = ordered[i + 1];
    const law = m.type !== 'OTHER' && CAPITALISED.test(m.text) ? LAW_AFTER.exec(block.slice(m.end, m.end + 12)) : null;
    if (law) {
      const end = m.end + 1 + (law[1] as string).length;
      const alone = next !== undefined && next.blockId === m.blockId && next.start === m.end + 1 && next.end === end;
      const free = next === undefined || next.blockId !== m.blockId || next.start >= end;
      if (alone || free) {
        out.push(respan(m, m.start, end, block.slice(m.start, end), 'OTHER'));
        if (alone) i++;
        changed = true;
        continue;
      }
    }
    if (m.text.includes(' ') && (m.text.endsWith(' Bill') || m.text.endsWith(' Act'))) {
      const before = WORD_AND_BEFORE.exec(block.slice(Math.max(0, m.start - 30), m.start));
      const prev = out[out.length - 1];
      if (before) {
        const start = m.start - (before[1] as string).length;
        // A mention inside the words taken in ("Planning" alone) gives way.
        if (prev !== undefined && prev.blockId === m.blockId && prev.start >= start && prev.end <= m.start) out.pop();
        const last = out[out.length - 1];
        if (last === undefined || last.blockId !== m.blockId || last.end <= start) {
          out.push(respan(m, start, m.end, block.slice(start, m.end), 'OTHER'));
          changed = true;
          continue;
        }
      }
    }
    if ((m.type === 'ORG' || m.type === 'PERSON') && TITLE_ENDS.test(m.text) && m.text.split(' ').length >= 3) {
      out.push(respan(m, m.start, m.end, m.text, 'OTHER'));
      changed = true;
      continue;
    }
    out.push(m);
  }
  return changed ? out : unchanged(mentions);
}
