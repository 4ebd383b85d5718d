/**
 * The context stage (product F2): from the article's blocks and its grouped entities, who is
 * who (each entity's roles), who said what (direct and indirect quotes with their speakers)
 * and who the sources are. Pure and deterministic; the roles are read first, so that a quote
 * attributed to "the minister" can find the minister.
 */
import type { Block, Entity, EntityRole, Quote, Sources, Span } from '../types';
import { buildParagraphs, tokenAt, type Para } from './paragraphs';
import { findQuotes } from './quotes';
import { findRoles } from './roles';
import { summariseSources } from './sources';
import { SpeakerResolver } from './speakers';

export interface ArticleContext {
  quotes: Quote[];
  sources: Sources;
  /** Entity id -> its roles, in text order. */
  roles: Map<number, EntityRole[]>;
}

/** A sentence is shown whole up to this length, then cut with an ellipsis (as the timeline does). */
const MAX_SENTENCE = 220;

function sentenceOf(p: Para, start: number): string {
  const s = p.sentences[p.sentenceOf[tokenAt(p.toks, start)] ?? -1] ?? { start: 0, end: p.text.length };
  const text = p.text.slice(s.start, s.end);
  return text.length > MAX_SENTENCE ? `${text.slice(0, MAX_SENTENCE - 3)}…` : text;
}

const spanOf = (p: Para, start: number, end: number): Span => ({
  blockId: p.block.id,
  start,
  end,
  text: p.text.slice(start, end),
});

export function readContext(blocks: readonly Block[], entities: readonly Entity[]): ArticleContext {
  const paras = buildParagraphs(blocks, entities);

  const roles = new Map<number, EntityRole[]>();
  for (const r of findRoles(paras)) {
    const role: EntityRole = { ...spanOf(r.para, r.start, r.end), sentence: sentenceOf(r.para, r.start) };
    const list = roles.get(r.entity.id);
    if (list) list.push(role);
    else roles.set(r.entity.id, [role]);
  }

  const resolver = new SpeakerResolver(paras, entities, (e) => (roles.get(e.id) ?? []).map((r) => r.text));
  const quotes = findQuotes(paras, resolver).map((f, i): Quote => {
    const speaker: Quote['speaker'] = { name: f.speaker.name };
    if (f.speaker.entity) speaker.entityId = f.speaker.entity.id;
    const ph = f.speaker.phrase;
    const sp = f.speaker.para;
    speaker.mention = spanOf(sp, sp.toks[ph.t0]?.start ?? 0, sp.toks[ph.t1 - 1]?.end ?? 0);
    const q: Quote = { id: i + 1, kind: f.kind, ...spanOf(f.para, f.start, f.end), speaker };
    if (f.cue) q.cue = spanOf(f.para, f.cue.start, f.cue.end);
    if (f.continued) q.continued = true;
    return q;
  });
  return { quotes, sources: summariseSources(quotes), roles };
}
