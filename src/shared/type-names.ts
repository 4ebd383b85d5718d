/**
 * The reader's words for each type of name and date, as message keys (see i18n.ts): a group
 * ("People") for headings and switches, one mention ("Person") for the hover card. The
 * English words are those of core/type-labels.ts, which the command line prints.
 */
import type { DateType, EntityType } from '../core/types';
import type { MessageKey } from './i18n';
import type { HighlightType } from './settings';

export const GROUP_KEYS: Record<EntityType, MessageKey> = {
  PERSON: 'typePeople',
  ORG: 'typeOrganisations',
  PLACE: 'typePlaces',
  OTHER: 'typeOtherNames',
};

export const HIGHLIGHT_TYPE_KEYS: Record<HighlightType, MessageKey> = {
  person: 'typePeople',
  org: 'typeOrganisations',
  place: 'typePlaces',
  other: 'typeOtherNames',
  date: 'typeDates',
};

export const ENTITY_KEYS: Record<EntityType, MessageKey> = {
  PERSON: 'typePerson',
  ORG: 'typeOrganisation',
  PLACE: 'typePlace',
  OTHER: 'typeOtherName',
};

export const DATE_KEYS: Record<DateType, MessageKey> = {
  DATE: 'typeDate',
  TIME: 'typeTime',
  DURATION: 'typeDuration',
  SET: 'typeRecurring',
};
