/**
 * What the hover card says about each highlighted mention, in document order: its type,
 * the entity's canonical name or the date's normalised value (saying when it is
 * approximate or inferred), "mention 2 of 5" and, for names, a Wikipedia search link.
 * Pure: no DOM, so it is tested in Node.
 */
import type { Analysis, DateMention, Span } from '../core/types';
import { DATE_LABELS, ENTITY_LABELS } from '../core/type-labels';
import { wikipediaSearch } from '../shared/wikipedia';

export interface MentionInfo {
  span: Span;
  kind: 'entity' | 'date';
  /** "Person", "Organisation", "Place", "Other name", "Date", "Duration"... */
  label: string;
  /** The canonical name, or the date as written. */
  name: string;
  /** For a date: its normalised value and how sure it is. */
  detail?: string;
  /** Position among the mentions of the same entity (1-based), and their number. */
  index: number;
  count: number;
  /** The entity's id or the date mention's id, to step between mentions of one thing. */
  key: string;
  link?: string;
}

function dateDetail(d: DateMention): string {
  const value = d.endValue ? `${d.value} to ${d.endValue}` : d.value;
  if (d.certainty === 'approximate') return `${value}, approximate`;
  if (d.certainty === 'inferred') return `${value}, from the publication date`;
  return value;
}

const byPosition = (a: { span: Span }, b: { span: Span }): number =>
  a.span.blockId - b.span.blockId || a.span.start - b.span.start;

export function mentionInfos(analysis: Analysis): MentionInfo[] {
  const out: MentionInfo[] = [];
  for (const e of analysis.entities) {
    const mentions = [...e.mentions].sort((a, b) => byPosition({ span: a }, { span: b }));
    mentions.forEach((m, i) =>
      out.push({
        span: m,
        kind: 'entity',
        label: ENTITY_LABELS[e.type],
        name: e.name,
        index: i + 1,
        count: mentions.length,
        key: `e${e.id}`,
        link: wikipediaSearch(e.name),
      }),
    );
  }
  for (const d of analysis.dates) {
    out.push({
      span: d,
      kind: 'date',
      label: DATE_LABELS[d.type],
      name: d.text,
      detail: dateDetail(d),
      index: 1,
      count: 1,
      key: `d${d.id}`,
    });
  }
  return out.sort(byPosition);
}
