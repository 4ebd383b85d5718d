/**
 * The names under which Lede registers its highlights in `CSS.highlights` (one per type, as
 * the product fixes them), and which switch of the settings shows each. The highlight layer,
 * the palette and the hover card all speak of these names; they live here so that none of
 * those modules has to import another for them.
 */
import type { EntityType } from '../core/types';
import type { HighlightType } from '../shared/settings';

export type HighlightName =
  | 'lede-person'
  | 'lede-org'
  | 'lede-place'
  | 'lede-other'
  | 'lede-date'
  /** Durations and sets ("three years", "every week"), styled apart from points in time. */
  | 'lede-date-span'
  /** Later mentions of a name in the same paragraph, drawn lighter (see calm-marks.ts). */
  | 'lede-person-again'
  | 'lede-org-again'
  | 'lede-place-again'
  | 'lede-other-again';

export const HIGHLIGHT_NAMES: Record<EntityType | 'DATE', HighlightName> = {
  PERSON: 'lede-person',
  ORG: 'lede-org',
  PLACE: 'lede-place',
  OTHER: 'lede-other',
  DATE: 'lede-date',
};

/** Where later mentions of a name in a paragraph go: the same type, drawn lighter. */
export const AGAIN_NAMES: Record<EntityType, HighlightName> = {
  PERSON: 'lede-person-again',
  ORG: 'lede-org-again',
  PLACE: 'lede-place-again',
  OTHER: 'lede-other-again',
};

/** Which switch (see Settings) shows each highlight. */
export const SWITCH_OF: Record<HighlightName, HighlightType> = {
  'lede-person': 'person',
  'lede-org': 'org',
  'lede-place': 'place',
  'lede-other': 'other',
  'lede-date': 'date',
  'lede-date-span': 'date',
  'lede-person-again': 'person',
  'lede-org-again': 'org',
  'lede-place-again': 'place',
  'lede-other-again': 'other',
};

/** The reader's place: the mention the hover card or the popup points to. */
export const FOCUS_HIGHLIGHT = 'lede-focus';
