/**
 * The context stage (product F2): from the article's blocks and its grouped entities, who is
 * who (each entity's roles), who said what (direct and indirect quotes with their speakers)
 * and who the sources are. Pure and deterministic. The article is read paragraph by paragraph
 * (tokens, quotations, sentences), roles before quotes, so that a quote attributed to "the
 * minister" can find the minister; only the last few paragraphs are kept, for the pronouns
 * that point back to them.
 */
import type { Block, Entity, EntityRole, Quote, Sources, Span } from '../types';
import { buildParagraph, mentionsByBlock, tokenAt, type Para, sentenceAt } from './paragraphs';
import { QuoteReader } from './quotes';
import { rolesOfParagraph } from './roles';
import { summariseSources } from './sources';
import { SpeakerResolver } from './speakers';
import { standInsOfParagraph } from './stand-ins';

export interface ArticleContext {
  quotes: Quote[];
  sources: Sources;
  /** Entity id -> its roles, in text order. */
  roles: Map<number, EntityRole[]>;
}

/** A sentence is shown whole up to this length, then cut with an ellipsis (as the timeline does). */
const MAX_SENTENCE = 220;

function sentenceOf(p: Para, start: number): string {
  const s = p.sentences[sentenceAt(p, tokenAt(p.toks, start)) ?? -1] ?? { start: 0, end: p.text.length };
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
  const byBlock = mentionsByBlock(entities);
  const roles = new Map<number, EntityRole[]>();
  const seenRoles = new Set<string>();
  const resolver = new SpeakerResolver(entities, (e) => (roles.get(e.id) ?? []).map((r) => r.text));
  const reader = new QuoteReader(resolver);
  const quotes: Quote[] = [];
  /** The names read so far, the last seen last: what a stand-in ("the Portuguese boss") points back to. */
  const recent: Entity[] = [];
  // Paragraph by paragraph: the resolver keeps the few before that pronouns point back to.
  blocks.forEach((block, index) => {
    const p = buildParagraph(index, block, byBlock.get(block.id) ?? []);
    resolver.add(p);
    const found = [...rolesOfParagraph(p), ...standInsOfParagraph(p, recent)].sort((a, b) => a.start - b.start);
    for (const r of found) {
      // The same words given twice are kept once, where they first appear.
      const key = `${r.entity.id}\u0000${p.text.slice(r.start, r.end).toLowerCase()}`;
      if (seenRoles.has(key)) continue;
      seenRoles.add(key);
      const role: EntityRole = { ...spanOf(p, r.start, r.end), sentence: sentenceOf(p, r.start) };
      const list = roles.get(r.entity.id);
      if (list) list.push(role);
      else roles.set(r.entity.id, [role]);
    }
    for (const f of reader.read(p)) {
      const speaker: Quote['speaker'] = { name: f.speaker.name };
      if (f.speaker.entity) speaker.entityId = f.speaker.entity.id;
      const ph = f.speaker.phrase;
      const sp = f.speaker.para;
      speaker.mention = spanOf(sp, sp.toks[ph.t0]?.start ?? 0, sp.toks[ph.t1 - 1]?.end ?? 0);
      const q: Quote = { id: quotes.length + 1, kind: f.kind, ...spanOf(p, f.start, f.end), speaker };
      if (f.cue) q.cue = spanOf(p, f.cue.start, f.cue.end);
      if (f.continued) q.continued = true;
      quotes.push(q);
    }
  });
  return { quotes, sources: summariseSources(quotes), roles };
}
