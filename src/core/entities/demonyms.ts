/**
 * A nationality before a name, after tagging (English; applied by `MentionRules`), as the
 * names guidelines split it ("Russian" "Defense Ministry"):
 *
 * - an institution the tagger missed after a nationality it found ("the German [Weather
 *   Service]"): a run of up to four capitalised words ending in an organisation word;
 * - a nationality and a person's name read as one other name ("American Tyson"): two names.
 *
 * Each rule looks at the words just after a mention: linear in the text.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { GAZ } from './model/gazetteers';
import { firstWordIn, isCapitalisedWord, wordsIn, type Word } from './text-words';
import { respan, unchanged } from './by-block';

/** Longest run of capitalised words read as an institution. */
const MAX_RUN = 4;

export function demonymNames(
  text: string,
  mentions: readonly EntityMention[],
  bits: (word: string) => number,
  isOrgWord: (word: string) => boolean,
): EntityMention[] {
  const out: EntityMention[] = [];
  // Whether a name was split or added: most texts' are not, and keep their array.
  let changed = false;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.type !== 'OTHER' && m.type !== 'PERSON') {
      out.push(m);
      continue;
    }
    // The first word first: most names start with no nationality.
    const first = firstWordIn(text, m.start, m.end) as Word;
    const firstBits = bits(first.text);
    if ((firstBits & GAZ.DEMONYM) === 0 || (m.type === 'PERSON' && firstBits & (GAZ.SURNAME | GAZ.FIRST_NAME))) {
      out.push(m);
      continue;
    }
    const words = wordsIn(text, m.start, m.end);
    if (words.length === 2) {
      const name = words[1] as Word;
      const b = bits(name.text);
      // A "person" with a nationality before the name ("American Tyson") is split whatever
      // else the name is listed as.
      if (b & (GAZ.SURNAME | GAZ.FIRST_NAME) && (m.type === 'PERSON' || !(b & GAZ.ORG_NAME))) {
        out.push(respan(m, m.start, first.end, first.text, 'OTHER'));
        out.push({ blockId: m.blockId, start: name.start, end: name.end, text: name.text, type: 'PERSON' });
        changed = true;
        continue;
      }
    }
    out.push(m);
    if (words.length !== 1 || m.type !== 'OTHER') continue;
    const run = institutionAfter(text, m.end, mentions[i + 1]?.start ?? text.length, isOrgWord);
    if (run) {
      changed = true;
      out.push({
        blockId: m.blockId,
        start: run.start,
        end: run.end,
        text: text.slice(run.start, run.end),
        type: 'ORG',
      });
    }
  }
  return changed ? out : unchanged(mentions);
}

/** Capitalised words right after `at` (before `limit`), the last an organisation word. */
function institutionAfter(
  text: string,
  at: number,
  limit: number,
  isOrgWord: (word: string) => boolean,
): { start: number; end: number } | undefined {
  if (charAt(text, at) !== ' ') return undefined;
  const words = wordsIn(text, at + 1, Math.min(limit, text.length, at + 80));
  let n = 0;
  // Consecutive capitalised words, one space apart, none ending a sentence or clause.
  while (
    n < words.length &&
    n < MAX_RUN &&
    isCapitalisedWord((words[n] as Word).text) &&
    /^\p{L}+$/u.test((words[n] as Word).text) &&
    (words[n] as Word).start === (n === 0 ? at + 1 : (words[n - 1] as Word).end + 1)
  )
    n++;
  for (let k = n; k >= 1; k--) {
    const last = words[k - 1] as Word;
    if (isOrgWord(last.text)) return { start: (words[0] as Word).start, end: last.end };
  }
  return undefined;
}
