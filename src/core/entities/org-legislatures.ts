/**
 * A legislature named by its one house word ("the Republican-led Legislature", "the new Diet",
 * "Parliament voted") is an organisation (English, issue 15; names guidelines: governments and
 * their bodies are ORG). The tagger sometimes reads the lone capitalised word as OTHER; only
 * such a one-word OTHER is retyped, so no name is added.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** The words that name a legislature on their own. */
const HOUSE_WORDS = new Set([
  'Parliament',
  'Legislature',
  'Diet',
  'Congress',
  'Senate',
  'Assembly',
  'Knesset',
  'Duma',
  'Bundestag',
  'Storting',
  'Riksdag',
  'Oireachtas',
]);

/** The mentions with each one-word OTHER that is a legislature's word made an organisation. */
export function withLegislatures(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => (m.type === 'OTHER' && HOUSE_WORDS.has(m.text) ? retype(m, 'ORG') : m));
}
