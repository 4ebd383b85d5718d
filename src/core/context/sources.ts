/**
 * Sources: who is quoted or cited, how often, directly or in reported speech, and where they
 * first speak; and whether the article rests on one anonymous source (most of its quotes, and
 * at least `MIN_QUOTES_FOR_FLAG`, from one source it does not name). A speaker a reader cannot
 * place ("its hydrologists" of no one plain) is left out.
 */
import type { Quote, Source, Sources } from '../types';
import { POSSESSIVE_PRONOUNS } from './speaker-words';

/** An article with fewer quotes than this is not flagged, whoever gives them. */
export const MIN_QUOTES_FOR_FLAG = 3;

/**
 * "its hydrologists", "his lawyer" whose owner the article leaves unclear: no name a reader
 * can place, so not listed (one whose owner is plain is listed as "X’s lawyer": read-context.ts).
 */
function unplaced(name: string): boolean {
  const space = name.search(/\s/u);
  return space > 0 && POSSESSIVE_PRONOUNS.has(name.slice(0, space).toLowerCase());
}

export function summariseSources(quotes: readonly Quote[]): Sources {
  const byKey = new Map<string, Source & { order: number }>();
  for (const q of quotes) {
    if (q.speaker.entityId === undefined && unplaced(q.speaker.name)) continue;
    const key = q.speaker.entityId !== undefined ? `#${q.speaker.entityId}` : q.speaker.name.toLowerCase();
    let s = byKey.get(key);
    if (!s) {
      s = {
        name: q.speaker.name,
        anonymous: q.speaker.entityId === undefined,
        direct: 0,
        indirect: 0,
        quotes: [],
        order: byKey.size,
      };
      if (q.speaker.entityId !== undefined) s.entityId = q.speaker.entityId;
      byKey.set(key, s);
    }
    if (q.kind === 'direct') s.direct++;
    else s.indirect++;
    s.quotes.push(q.id);
  }
  const sources = [...byKey.values()]
    .sort((a, b) => b.quotes.length - a.quotes.length || a.order - b.order)
    .map(({ order: _order, ...s }) => s);
  const top = sources[0];
  const restsOnOneAnonymousSource =
    !!top && top.anonymous && quotes.length >= MIN_QUOTES_FOR_FLAG && top.quotes.length * 2 > quotes.length;
  return { sources, restsOnOneAnonymousSource };
}
