/**
 * What Lede calls each type of name and date when it speaks to the reader: the same words
 * in the popup's card, the options page, the switches, the hover card and the printed card.
 * A group of names is plural ("People"); one mention is singular ("Person").
 */
import type { DateType, EntityType } from './types';

/** A type's names as a group: the card's headings, the switches. */
export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  PLACE: 'Places',
  OTHER: 'Other names',
};

/** One name of a type: the hover card's label. */
export const ENTITY_LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  PLACE: 'Place',
  OTHER: 'Other name',
};

/** The dates as a group (their switch), and one date of each type. */
export const DATES_LABEL = 'Dates';
export const DATE_LABELS: Record<DateType, string> = {
  DATE: 'Date',
  TIME: 'Time',
  DURATION: 'Duration',
  SET: 'Recurring',
};
