/**
 * The linked context of the card as text (plain or Markdown, see format-card.ts): who is who
 * (each name's roles), the sources (who is quoted or cited, how often and how, their first
 * quote, and whether the article rests on one unnamed source), and who is involved in a date.
 */
import type { Analysis, TimelineEntry } from '../types';
import { clipAround } from '../segment/clip';

/** Page strings made inert for the format, as format-card.ts does. */
type Inert = (s: string) => string;

const MAX_ROLES = 2;
const MAX_QUOTE = 160;
const MAX_INVOLVED = 3;

const clip = (s: string): string => clipAround(s, -1, -1, MAX_QUOTE);

/** "Name: role; role", one line a name with roles, the most salient first. */
export function whoIsWhoLines(a: Analysis, t: Inert, bullet: string, max: number): string[] {
  return a.entities
    .filter((e) => e.roles?.length)
    .slice(0, max)
    .map((e) => {
      const roles = (e.roles ?? []).slice(0, MAX_ROLES).map((r) => t(r.text));
      return `${bullet}${t(e.name)}: ${roles.join('; ')}`;
    });
}

/** One line a source: "Name (unnamed): 2 direct, 1 reported; first: “…”", and the warning first. */
export function sourceLines(a: Analysis, t: Inert, bullet: string, max: number): string[] {
  if (!a.sources || !a.quotes) return [];
  const byId = new Map(a.quotes.map((q) => [q.id, q]));
  const top = a.sources.sources[0];
  const lines: string[] = [];
  if (a.sources.restsOnOneAnonymousSource && top)
    lines.push(`This article rests on one unnamed source (${t(top.name)}): most of its quotes come from it.`, '');
  for (const s of a.sources.sources.slice(0, max)) {
    const counts = [s.direct ? `${s.direct} direct` : '', s.indirect ? `${s.indirect} reported` : '']
      .filter(Boolean)
      .join(', ');
    const first = byId.get(s.quotes[0] ?? -1);
    const quote = !first
      ? ''
      : first.kind === 'direct'
        ? `; first: “${t(clip(first.text))}”`
        : `; first: ${t(clip(first.text))}`;
    lines.push(`${bullet}${t(s.name)}${s.anonymous ? ' (unnamed)' : ''}: ${counts}${quote}`);
  }
  if (a.sources.sources.length > max) lines.push(`+${a.sources.sources.length - max} more`);
  return lines;
}

/** " — with A, B" for a date's line: the names of its sentence, the most salient first. */
export function involvedSuffix(d: TimelineEntry, a: Analysis, t: Inert): string {
  const ids = new Set(d.entities ?? []);
  const names = a.entities
    .filter((e) => ids.has(e.id) && e.type !== 'OTHER')
    .slice(0, MAX_INVOLVED)
    .map((e) => t(e.name));
  return names.length ? ` — with ${names.join(', ')}` : '';
}
