/**
 * What the hover card says about each highlighted mention, in document order: its type,
 * the entity's canonical name or the date's normalised value (saying when it is
 * approximate or inferred), "mention 2 of 5" and, for names, a Wikipedia search link.
 * Pure: no DOM, so it is tested in Node.
 */
import type { Analysis, DateMention, Entity, EntityRole, Span } from '../core/types';
import { CONTEXT_STRINGS } from '../shared/context-strings';
import { DATE_LABELS, ENTITY_LABELS } from '../core/type-labels';
import { wikipediaSearch } from '../shared/wikipedia';

export interface MentionInfo {
  span: Span;
  /** A quote is the optional quotes layer's: its speaker on hover. */
  kind: 'entity' | 'date' | 'quote';
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
  /** For a name: the role the article gives it (the last given by this mention, or the first), with its sentence. */
  role?: Pick<EntityRole, 'text' | 'sentence'>;
}

/** The role given at or before a mention, or the article's first for the name. */
function roleAt(e: Entity, m: Span): Pick<EntityRole, 'text' | 'sentence'> | undefined {
  const roles = e.roles ?? [];
  let found = roles[0];
  for (const r of roles) if (r.blockId < m.blockId || (r.blockId === m.blockId && r.start <= m.start)) found = r;
  return found ? { text: found.text, sentence: found.sentence } : undefined;
}

/** The optional quotes layer: each quote with its speaker, for the hover card. */
export function quoteInfos(analysis: Analysis): MentionInfo[] {
  return (analysis.quotes ?? []).map((q) => ({
    span: { blockId: q.blockId, start: q.start, end: q.end, text: q.text },
    kind: 'quote',
    label: CONTEXT_STRINGS.quoteLabel(q.kind),
    name: CONTEXT_STRINGS.quoteSpeaker(q.speaker.name),
    index: 1,
    count: 1,
    key: `q${q.id}`,
  }));
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
    mentions.forEach((m, i) => {
      const info: MentionInfo = {
        span: m,
        kind: 'entity',
        label: ENTITY_LABELS[e.type],
        name: e.name,
        index: i + 1,
        count: mentions.length,
        key: `e${e.id}`,
        link: wikipediaSearch(e.name),
      };
      const role = roleAt(e, m);
      if (role) info.role = role;
      out.push(info);
    });
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
