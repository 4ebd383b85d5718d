/**
 * A music or arts festival named by its short name is an event (eval/gold/guidelines/lang-news.md:
 * "festivals as events MISC (`Latitude`, `Glastonbury`, `Reading and Leeds`, `Download`)";
 * names.md: `SXSW`, `Coachella`). The tagger reads the short name as the body that runs it or as
 * the town it is named after ("Latitude has also confirmed", "Download takes place at Donington
 * Park"), and misses a name of common words ("a headline slot at London's All Points East").
 * Issue 15, the families of the en-train pages (The Independent, Rolling Stone, NME).
 *
 * After tagging (English), in a text that says "festival": a mention typed ORG, PLACE or PERSON
 * that is one of the festivals below is OTHER; a festival of the list of two words or more that
 * no mention covers is added, and one the tagger read in part ("Leeds" of "Reading and Leeds") is
 * read whole, unless a longer name holds it ("Reading and Leeds Festival"). A city that lends
 * its name to a film festival ("Cannes", "Venice") is left: the same text names the city where
 * the film was shown. Nothing to do in a text without "festival".
 */
import type { EntityMention } from '../types';
import { mapped, mentionsByBlock, retype, someBlock, unchanged, withReplacing } from './by-block';
import { listedNamesIn } from './text-words';

/** The cheap check: a text about a festival. */
const FESTIVAL = /[Ff]estival/u;

/** Festivals by the short name news pages give them (music, arts, film), as written. */
const FESTIVALS = new Set([
  'Glastonbury',
  'Glasto',
  'Latitude',
  'Download',
  'Reading and Leeds',
  'Reading & Leeds',
  'All Points East',
  'Coachella',
  'Lollapalooza',
  'Bonnaroo',
  'Primavera Sound',
  'Roskilde',
  'Creamfields',
  'Boomtown',
  'Parklife',
  'TRNSMT',
  'Electric Picnic',
  'Longitude',
  'Green Man',
  'Bestival',
  'Camp Bestival',
  'Field Day',
  'Lovebox',
  'Tomorrowland',
  'Burning Man',
  'Splendour in the Grass',
  'Fuji Rock',
  'Sziget',
  'Rock Werchter',
  'Pukkelpop',
  'Mad Cool',
  'Outside Lands',
  'Governors Ball',
  'Rolling Loud',
  'Summerfest',
  'Kendal Calling',
  'Boardmasters',
  'Standon Calling',
  'End of the Road',
  'Bluedot',
  'Womad',
  'WOMAD',
  'SXSW',
  'South by Southwest',
]);

/** The festivals of two words or more, the ones added where the tagger missed them. */
const LONG_FESTIVALS = [...FESTIVALS].filter((f) => f.includes(' '));

/** `mentions` with festivals named by their short name made OTHER, in a text about a festival. */
export function withFestivals(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, FESTIVAL)) return unchanged(mentions);
  const retyped = mapped(mentions, (m) => (m.type !== 'OTHER' && FESTIVALS.has(m.text) ? retype(m, 'OTHER') : m));
  const byBlock = mentionsByBlock(retyped);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    const own = byBlock.get(blockId) ?? [];
    for (const f of listedNamesIn(blockId, block, LONG_FESTIVALS, 'OTHER')) {
      const overlapping = own.filter((m) => m.start < f.end && f.start < m.end);
      // Named already, or inside a longer name the tagger read ("Reading and Leeds Festival").
      if (overlapping.some((m) => m.start < f.start || m.end > f.end)) continue;
      if (overlapping.length === 1 && overlapping[0]?.start === f.start && overlapping[0]?.end === f.end) continue;
      found.push(f);
    }
  }
  return withReplacing(retyped, found);
}
