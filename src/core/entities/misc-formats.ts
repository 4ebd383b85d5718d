/**
 * Cinema formats and audience ratings are OTHER names (lang-news.md, rulings of the third and
 * ninth English sets: "`Imax` as a format MISC", "a rating product or grade MISC (`Football
 * Power Index`, `CinemaScore`)"). The tagger reads them as companies or places ("$12 million
 * from Imax screens", "an A CinemaScore"). After tagging (English): a mention whose whole text is
 * one of the formats or ratings below becomes OTHER, unless the company acts ("Imax said",
 * "Imax shares").
 * Per mention, a look at its text and the word after it.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';

/** Cinema and sound formats and audience ratings, as written. */
const FORMATS = new Set([
  'Imax',
  'IMAX',
  'CinemaScore',
  'PostTrak',
  'Dolby Atmos',
  'Dolby Vision',
  'Dolby Cinema',
  'ScreenX',
  '4DX',
]);

/** Words after a format's name where it is the company that makes it. */
const COMPANY_AFTER = /^ (?:said|says|shares|stock|Corp|Corporation|Entertainment|chief|executives?|CEO)\b/u;

/** The mentions with cinema formats and audience ratings typed OTHER. */
export function withFormats(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => m.type !== 'OTHER' && FORMATS.has(m.text))) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (m.type === 'OTHER' || !FORMATS.has(m.text)) return m;
    if (COMPANY_AFTER.test((text.get(m.blockId) ?? '').slice(m.end, m.end + 16))) return m;
    return retype(m, 'OTHER' as const);
  });
}
