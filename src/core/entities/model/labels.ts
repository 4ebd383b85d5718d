/** The tag set: O and B-/I- for the four CoNLL types (which Lede calls PERSON, ORG, PLACE, OTHER). */
import type { EntityType } from '../../types';

export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const N_LABELS = LABELS.length;
export const O = 0;

/** 0 for O, else 1 + the type's index. */
export const typeOfLabel = (label: number): number => (label === O ? 0 : ((label - 1) >> 1) + 1);
export const isBegin = (label: number): boolean => label !== O && (label - 1) % 2 === 0;
export const beginOf = (type: number): number => 1 + (type - 1) * 2;

export const LEDE_TYPE: Record<ConllType, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'OTHER' };

/** Whether `label` may follow `prev` (an I- continues its own type only). */
export function allowed(prev: number, label: number): boolean {
  if (label === O || isBegin(label)) return true;
  return prev !== O && typeOfLabel(prev) === typeOfLabel(label);
}
