/**
 * What the hover card says about each highlighted mention, in document order: its type, the
 * entity's canonical name or the date in the reader's words, "mention 2 of 5" and, for
 * names, what the article says about it (the role the article gives it, or the sentence that
 * introduces it, unless that is the sentence being read) and a Wikipedia search link; for a
 * date, what it means against the publication ("three days before this article"), how sure
 * it is, and its sentence. Nothing said twice. Pure: no DOM, so it is tested in Node.
 *
 * The words are worked out when a card opens (`says`), not for every mention up front: a
 * long article has thousands of mentions, and wording a date costs an `Intl` formatter.
 */
import { describeDate } from '../core/dates/label';
import { splitSentences, type SentenceSpan } from '../core/segment/sentences';
import type { Analysis, DateMention, Entity, Span } from '../core/types';
import { DATE_LABELS, ENTITY_LABELS } from '../core/type-labels';
import { wikipediaSearch } from '../shared/wikipedia';
import { HOVER_STRINGS as S } from './card-strings';
import { relativeToPublication } from './relative-date';

/** What the card says of a mention. */
export interface MentionText {
  /** The canonical name, or the date in the reader's words. */
  name: string;
  /** For a date: what it means against the publication, and how sure it is. */
  detail?: string;
  /** For a name: what the article says about it (a role, or its introducing sentence). */
  about?: string;
  /** For a date: the sentence it is in. */
  sentence?: string;
}

export interface MentionInfo {
  span: Span;
  kind: 'entity' | 'date';
  /** "Person", "Organisation", "Place", "Other name", "Date", "Duration"... */
  label: string;
  /** Position among the mentions of the same entity (1-based), and their number. */
  index: number;
  count: number;
  /** The entity's id or the date mention's id, to step between mentions of one thing. */
  key: string;
  link?: string;
  /** What the card says, worked out on first asking and kept. */
  says(): MentionText;
}

/** A function that works its answer out once. */
function once<T>(work: () => T): () => T {
  let done: { value: T } | null = null;
  return () => (done ??= { value: work() }).value;
}

/** Longest sentence the card quotes. */
const MAX_SENTENCE = 220;
const cut = (s: string): string => (s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1).trimEnd()}…` : s);

const byPosition = (a: { span: Span }, b: { span: Span }): number =>
  a.span.blockId - b.span.blockId || a.span.start - b.span.start;

/** Sentences of the analysis's blocks, split once per block when first asked for. */
function sentenceFinder(analysis: Analysis): (blockId: number, at: number) => (SentenceSpan & { text: string }) | null {
  const blocks = new Map((analysis.blocks ?? []).map((b) => [b.id, b]));
  const cache = new Map<number, SentenceSpan[]>();
  return (blockId, at) => {
    const block = blocks.get(blockId);
    if (!block) return null;
    let spans = cache.get(blockId);
    if (!spans) cache.set(blockId, (spans = splitSentences(block.text)));
    const s = spans.find((x) => x.start <= at && at < x.end);
    return s ? { ...s, text: block.text.slice(s.start, s.end).trim() } : null;
  };
}

type Finder = ReturnType<typeof sentenceFinder>;

/** What the article says about an entity: its first role, or the sentence of its first mention in a paragraph. */
function introOf(
  e: Entity,
  mentions: Span[],
  analysis: Analysis,
  sentenceAt: Finder,
): { text: string; where: Span } | null {
  const role = e.roles?.[0];
  if (role) return { text: role.text, where: role };
  const kinds = new Map((analysis.blocks ?? []).map((b) => [b.id, b.kind]));
  const first = mentions.find((m) => kinds.get(m.blockId) !== 'heading');
  const s = first ? sentenceAt(first.blockId, first.start) : null;
  if (!first || !s || s.text === first.text) return null;
  return { text: S.quoted(cut(s.text)), where: { blockId: first.blockId, start: s.start, end: s.end, text: s.text } };
}

function dateDetail(d: DateMention, published: string | null): string | undefined {
  const parts: string[] = [];
  if (d.type === 'DATE' || d.type === 'TIME') {
    const relation = relativeToPublication(d.value, published);
    if (relation) parts.push(relation);
  }
  if (d.certainty === 'approximate') parts.push(S.approximate);
  else if (d.certainty === 'inferred') parts.push(S.inferred);
  return parts.length ? parts.join('; ') : undefined;
}

export function mentionInfos(analysis: Analysis): MentionInfo[] {
  const out: MentionInfo[] = [];
  const sentenceAt = sentenceFinder(analysis);
  const published = analysis.meta?.publishedTime ?? analysis.referenceDate ?? null;
  for (const e of analysis.entities) {
    const mentions = [...e.mentions].sort((a, b) => byPosition({ span: a }, { span: b }));
    const intro = once(() => introOf(e, mentions, analysis, sentenceAt));
    mentions.forEach((m, i) => {
      const says = once((): MentionText => {
        const about = intro();
        // The introduction is not repeated under the sentence that holds it (the one being read).
        const here = about ? sentenceAt(m.blockId, m.start) : null;
        const read =
          about &&
          here &&
          about.where.blockId === m.blockId &&
          about.where.start < here.end &&
          here.start < about.where.end;
        return { name: e.name, about: about && !read ? about.text : undefined };
      });
      out.push({
        span: m,
        kind: 'entity',
        label: ENTITY_LABELS[e.type],
        index: i + 1,
        count: mentions.length,
        key: `e${e.id}`,
        link: wikipediaSearch(e.name),
        says,
      });
    });
  }
  for (const d of analysis.dates) {
    const says = once((): MentionText => {
      const words = d.type === 'DATE' || d.type === 'TIME' ? describeDate(d.value, d.endValue, d.mod) : d.text;
      const sentence = sentenceAt(d.blockId, d.start)?.text;
      return {
        name: words,
        detail: dateDetail(d, published),
        sentence: sentence && sentence !== d.text ? cut(sentence) : undefined,
      };
    });
    out.push({ span: d, kind: 'date', label: DATE_LABELS[d.type], index: 1, count: 1, key: `d${d.id}`, says });
  }
  return out.sort(byPosition);
}
