/**
 * What the hover card says about each highlighted mention, in document order: its type, the
 * entity's canonical name or the date in the reader's words, "mention 2 of 5" and, for
 * names, what the article says about it (the role the article gives it, with its sentence,
 * or else the sentence that introduces the name; a sentence is left out when it is the one
 * being read) and a Wikipedia search link; for a date, what it means against the publication
 * ("three days before this article"), how sure it is, and its sentence; for a quote of the
 * optional quotes layer, its speaker. Nothing said twice. Pure: no DOM, tested in Node.
 *
 * The words are worked out when a card opens (`says`), not for every mention up front: a
 * long article has thousands of mentions, and wording a date costs an `Intl` formatter.
 */
import { describeDate } from '../core/dates/label';
import { splitSentences, type SentenceSpan } from '../core/segment/sentences';
import { clipAround } from '../core/segment/clip';
import type { Analysis, DateMention, Entity, EntityRole, Span } from '../core/types';
import { CONTEXT_STRINGS } from '../shared/context-strings';
import { dateWords } from '../shared/date-words';
import { t, uiLanguage } from '../shared/i18n';
import { DATE_KEYS, ENTITY_KEYS } from '../shared/type-names';
import { wikipediaSearch } from '../shared/wikipedia';
import { HOVER_STRINGS as S } from './card-strings';
import { relativeToPublication } from './relative-date';

/** What the card says of a mention. */
export interface MentionText {
  /** The canonical name, the date in the reader's words, or a quote's speaker. */
  heading: string;
  /** For a date: what it means against the publication, and how sure it is. */
  detail?: string;
  /** For a name with no role: the sentence that introduces it, unless it is the one being read. */
  about?: string;
  /** For a name with a role: the role's sentence, unless it is the one being read. */
  roleSentence?: string;
  /** For a date: the sentence it is in. */
  sentence?: string;
}

export interface MentionInfo {
  span: Span;
  /** A quote is the optional quotes layer's: its speaker on hover. */
  kind: 'entity' | 'date' | 'quote';
  /** "Person", "Organisation", "Place", "Other name", "Date", "Duration"... */
  label: string;
  /** The canonical name, the date as written, or a quote's speaker. */
  name: string;
  /** For a name: the role the article gives it (the last given by this mention, or the first), with its sentence. */
  role?: Pick<EntityRole, 'text' | 'sentence'>;
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

const byPosition = (a: { span: Span }, b: { span: Span }): number =>
  a.span.blockId - b.span.blockId || a.span.start - b.span.start;

/** Sentences of the analysis's blocks, split once per block when first asked for. */
function sentenceFinder(
  analysis: Analysis,
): (blockId: number, at: number) => (SentenceSpan & { text: string; lead: number }) | null {
  const blocks = new Map((analysis.blocks ?? []).map((b) => [b.id, b]));
  const cache = new Map<number, SentenceSpan[]>();
  return (blockId, at) => {
    const block = blocks.get(blockId);
    if (!block) return null;
    let spans = cache.get(blockId);
    if (!spans) cache.set(blockId, (spans = splitSentences(block.text)));
    const s = spans.find((x) => x.start <= at && at < x.end);
    if (!s) return null;
    const raw = block.text.slice(s.start, s.end);
    const text = raw.trim();
    // `lead`: the spaces trimmed from its start, so offsets into `text` can be found.
    return { ...s, text, lead: raw.length - raw.trimStart().length };
  };
}

type Finder = ReturnType<typeof sentenceFinder>;

/** The role given at or before a mention, or the article's first for the name. */
function roleAt(e: Entity, m: Span): EntityRole | undefined {
  const roles = e.roles ?? [];
  let found = roles[0];
  for (const r of roles) if (r.blockId < m.blockId || (r.blockId === m.blockId && r.start <= m.start)) found = r;
  return found;
}

/** The optional quotes layer: each quote with its speaker, for the hover card. */
export function quoteInfos(analysis: Analysis): MentionInfo[] {
  return (analysis.quotes ?? []).map((q) => {
    const name = CONTEXT_STRINGS.quoteSpeaker(q.speaker.name);
    return {
      span: { blockId: q.blockId, start: q.start, end: q.end, text: q.text },
      kind: 'quote',
      label: CONTEXT_STRINGS.quoteLabel(q.kind),
      name,
      index: 1,
      count: 1,
      key: `q${q.id}`,
      says: () => ({ heading: name }),
    };
  });
}

/** The sentence of an entity's first mention in a paragraph: how the article introduces it. */
function introOf(mentions: Span[], analysis: Analysis, sentenceAt: Finder): { text: string; where: Span } | null {
  const kinds = new Map((analysis.blocks ?? []).map((b) => [b.id, b.kind]));
  const first = mentions.find((m) => kinds.get(m.blockId) !== 'heading');
  const s = first ? sentenceAt(first.blockId, first.start) : null;
  if (!first || !s || s.text === first.text) return null;
  return {
    text: S.quoted(clipAround(s.text)),
    where: { blockId: first.blockId, start: s.start, end: s.end, text: s.text },
  };
}

function dateDetail(d: DateMention, published: string | null): string | undefined {
  // A guessed value is not told against the publication as if it were known.
  if (d.guess) return S.guess;
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
  /** Whether a stretch shares the sentence that holds mention `m` (the one being read). */
  const beingRead = (where: Pick<Span, 'blockId' | 'start' | 'end'>, m: Span): boolean => {
    if (where.blockId !== m.blockId) return false;
    const here = sentenceAt(m.blockId, m.start);
    return here !== null && where.start < here.end && here.start < where.end;
  };
  for (const e of analysis.entities) {
    const mentions = [...e.mentions].sort((a, b) => byPosition({ span: a }, { span: b }));
    const intro = once(() => introOf(mentions, analysis, sentenceAt));
    mentions.forEach((m, i) => {
      const role = roleAt(e, m);
      const says = once((): MentionText => {
        if (role) {
          const sentence = sentenceAt(role.blockId, role.start);
          const read = sentence ? beingRead({ blockId: role.blockId, ...sentence }, m) : beingRead(role, m);
          return { heading: e.name, roleSentence: read ? undefined : role.sentence };
        }
        const about = intro();
        return { heading: e.name, about: about && !beingRead(about.where, m) ? about.text : undefined };
      });
      const info: MentionInfo = {
        span: m,
        kind: 'entity',
        label: t(ENTITY_KEYS[e.type]),
        name: e.name,
        index: i + 1,
        count: mentions.length,
        key: `e${e.id}`,
        link: wikipediaSearch(e.name),
        says,
      };
      if (role) info.role = { text: role.text, sentence: role.sentence };
      out.push(info);
    });
  }
  for (const d of analysis.dates) {
    const says = once((): MentionText => {
      const words =
        d.type === 'DATE' || d.type === 'TIME'
          ? describeDate(d.value, d.endValue, d.mod, uiLanguage(), dateWords())
          : d.text;
      const s = sentenceAt(d.blockId, d.start);
      // Cut around the date: a long sentence cut from its start could lose it.
      const offset = s ? d.start - s.start - s.lead : -1;
      const at = s && s.text.startsWith(d.text, offset) ? offset : -1;
      return {
        heading: words,
        detail: dateDetail(d, published),
        sentence: s && s.text !== d.text ? clipAround(s.text, at, at < 0 ? -1 : at + d.text.length) : undefined,
      };
    });
    out.push({
      span: d,
      kind: 'date',
      label: t(DATE_KEYS[d.type]),
      name: d.text,
      index: 1,
      count: 1,
      key: `d${d.id}`,
      says,
    });
  }
  return out.sort(byPosition);
}
