/**
 * What direct and reported speech share: who speaks at a cue (its subject; the phrase after it
 * when the attribution is inverted, `"…," said X`; the sentence's subject for a participle or
 * a second verb, `…, adding that`, `… and argued that`), and small token tests.
 */
import { FINITE, OBJECT_CUES } from './lexicon';
import type { Cue } from './cues';
import { cueAt } from './cues';
import type { Para, Sentence, Tok } from './paragraphs';
import { isFiniteAt, phraseEndingAt, phraseStartingAt, pronounOf, type Phrase } from './phrases';
import { mainSubject, subjectBefore } from './subjects';

export const isStop = (t: Tok | undefined): boolean =>
  t !== undefined && (t.lower === '.' || t.lower === '?' || t.lower === '!');

export const cueSpan = (p: Para, c: Cue): { start: number; end: number } => ({
  start: (p.toks[c.t0] as Tok).start,
  end: (p.toks[c.t1 - 1] as Tok).end,
});

/** A comma at token i, or a closing mark right after a comma (`…help,” Sanborn said`). */
export function commaAt(p: Para, i: number): boolean {
  const t = p.toks[i];
  if (!t) return false;
  if (t.lower === ',') return !inNumber(p, t);
  return p.markOf[i] === 2 && p.toks[i - 1]?.lower === ',';
}

/** A comma between digits ("3,248"). */
function inNumber(p: Para, t: Tok): boolean {
  const a = p.text.charCodeAt(t.start - 1);
  const b = p.text.charCodeAt(t.end);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/** "…, adding that", "after accusing them of", "posted on Twitter accusing…". */
export function isParticiple(p: Para, cue: Cue): boolean {
  const t = p.toks[cue.t0] as Tok;
  if (!t.lower.endsWith('ing')) return false;
  const prev = p.toks[cue.t0 - 1];
  return !prev || !(pronounOf(prev) || FINITE.has(prev.lower));
}

/** Tokens [j, k) are a short tail of a quoted clause ending in a comma before its attribution. */
export function shortTail(p: Para, j: number, k: number): boolean {
  if (k - j > 8 || k - 1 <= j || !commaAt(p, k - 1)) return false;
  for (let i = j; i < k - 1; i++) if (p.markOf[i] || cueAt(p, i) || isFiniteAt(p, i)) return false;
  return true;
}

/** The phrase naming who speaks at `cue`: its subject, the subject after it, or the sentence's. */
export function speakerOfCue(p: Para, si: number, cue: Cue, floor: number, reported = false): Phrase | null {
  const toks = p.toks;
  const s = p.sentences[si] as Sentence;
  const prev = toks[cue.t0 - 1];
  if (isParticiple(p, cue) || prev?.lower === 'and' || prev?.lower === 'but') return mainSubject(p, si);
  // "the United States, which accuses him of …", "Anna Smith, who said …": the name before.
  if ((prev?.lower === 'who' || prev?.lower === 'which') && p.toks[cue.t0 - 2]?.lower === ',') {
    const m = p.mentionOf[cue.t0 - 3] ?? -1;
    const ref = m >= 0 ? p.mentions[m] : undefined;
    // A name ("the United States": its last word may look like a verb to the phrase reader).
    const antecedent = ref && ref.t0 >= floor ? { t0: ref.t0, t1: ref.t1 } : phraseEndingAt(p, cue.t0 - 3, floor);
    if (antecedent) return antecedent;
  }
  const subject = subjectBefore(p, cue.t0, floor);
  if (subject) return subject;
  // In reported speech, a verb that opens its sentence is an order ("Say goodbye to…"), and
  // "told" after a comma names who was told, not who spoke.
  if (reported && (cue.t0 === s.t0 || OBJECT_CUES.has(cue.lemma))) return null;
  // "…, told investors": who was told, not who spoke ("asked X" is who asked).
  if (OBJECT_CUES.has(cue.lemma) && cue.lemma !== 'ask') return null;
  // Inverted only after a comma, a quote or a colon: `"…," said X`.
  if (!prev || commaAt(p, cue.t0 - 1) || p.markOf[cue.t0 - 1] === 2 || prev.lower === ':')
    return phraseStartingAt(p, cue.t1, s.t1);
  return null;
}
