/**
 * Scores a tagger on gold documents as `npm run eval` does (exact spans and types, the text
 * read as one block), in process, for choosing epochs and quick experiments.
 */
import type { Gazetteers } from '../../src/core/entities/model/gazetteers';
import { CONLL_TYPES } from '../../src/core/entities/model/labels';
import type { Scorer } from '../../src/core/entities/model/tagger';
import type { BeamOptions } from '../../src/core/entities/model/beam';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import type { GoldDoc } from './training-data';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  perType: Record<string, number>;
}

export function evaluate(
  scorer: Scorer,
  gaz: Gazetteers,
  docs: readonly GoldDoc[],
  passes: 1 | 2 = 1,
  /** The documents' language: its sentence rules (the model's own language). */
  lang = 'en',
  /** A beam decoder instead of the greedy tagger. */
  beam: BeamOptions | null = null,
): Prf {
  const recogniser = new ModelRecogniser(scorer, gaz, passes, undefined, lang, beam);
  const toConll = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', OTHER: 'MISC' } as const;
  const counts = new Map<string, { tp: number; pred: number; gold: number }>();
  const bump = (type: string, k: 'tp' | 'pred' | 'gold'): void => {
    for (const t of [type, 'ALL']) {
      const c = counts.get(t) ?? { tp: 0, pred: 0, gold: 0 };
      c[k]++;
      counts.set(t, c);
    }
  };
  for (const doc of docs) {
    const gold = new Set(doc.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of doc.entities) bump(e.type, 'gold');
    for (const m of recogniser.recognise([{ id: 0, kind: 'paragraph', text: doc.text }])) {
      const type = toConll[m.type];
      bump(type, 'pred');
      if (gold.has(`${m.start}:${m.end}:${type}`)) bump(type, 'tp');
    }
  }
  const f = (c: { tp: number; pred: number; gold: number } | undefined): [number, number, number] => {
    const p = c && c.pred ? c.tp / c.pred : 0;
    const r = c && c.gold ? c.tp / c.gold : 0;
    return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
  };
  const [p, r, f1] = f(counts.get('ALL'));
  return { p, r, f1, perType: Object.fromEntries(CONLL_TYPES.map((t) => [t, f(counts.get(t))[2]])) };
}

export const fmt = (x: number): string => x.toFixed(4);

export const show = (d: Prf): string =>
  `F1 ${fmt(d.f1)} (P ${fmt(d.p)} R ${fmt(d.r)}) ${Object.entries(d.perType)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join(' ')}`;
