/**
 * The context stage (product F2): from the article's blocks and its grouped entities, who is
 * who (each entity's roles), who said what (direct and indirect quotes with their speakers)
 * and who the sources are. Pure and deterministic. The article is read paragraph by paragraph
 * (tokens, quotations, sentences), roles before quotes, so that a quote attributed to "the
 * minister" can find the minister; only the last few paragraphs are kept, for the pronouns
 * that point back to them.
 */
import type { Block, Entity, EntityRole, Quote, QuoteSpeaker, Sources, Span } from '../types';
import { buildParagraph, mentionsByBlock, tokenAt, type Para, sentenceAt } from './paragraphs';
import { QuoteReader } from './quotes';
import { clipAround } from '../segment/clip';
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

/** The sentence of [start, end), a long one cut around it at words (as the timeline's). */
function sentenceOf(p: Para, start: number, end: number): string {
  const s = p.sentences[sentenceAt(p, tokenAt(p.toks, start)) ?? -1] ?? { start: 0, end: p.text.length };
  return clipAround(p.text.slice(s.start, s.end), start - s.start, end - s.start);
}

/** "its hydrologists" of the German Weather Service: "German Weather Service’s hydrologists". */
function ownedSpeaker(speaker: QuoteSpeaker, owner: Entity): QuoteSpeaker {
  const space = speaker.name.search(/\s/u);
  if (space < 0) return speaker;
  return { ...speaker, name: `${owner.name}’s ${speaker.name.slice(space + 1)}`, written: speaker.name };
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
  /** The owners of possessive speakers ("its hydrologists"), by quote. */
  const owners = new Map<Quote, Entity>();
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
      const role: EntityRole = { ...spanOf(p, r.start, r.end), sentence: sentenceOf(p, r.start, r.end) };
      const list = roles.get(r.entity.id);
      if (list) list.push(role);
      else roles.set(r.entity.id, [role]);
      resolver.noteRole(r.entity, role.text);
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
      if (f.speaker.owner) owners.set(q, f.speaker.owner);
      quotes.push(q);
    }
  });
  nameDescribedSpeakers(quotes, entities, roles);
  for (const [q, owner] of owners) if (q.speaker.entityId === undefined) q.speaker = ownedSpeaker(q.speaker, owner);
  return { quotes, sources: summariseSources(quotes), roles };
}

/** Words of a description that say nothing of the office ("the", "Austria's"). */
const SPEAKER_FILLER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', "'s", '’s']);

/** Candidates looked at for a described speaker: more holders of a role word say nothing. */
const MAX_HOLDERS = 8;

/**
 * "Austria's interior minister said …" before the article names him "Interior Minister Wolfgang
 * Peschorn": a described speaker is the one person whose roles, anywhere in the article, hold
 * every word of the description (two words at least, the owner aside).
 */
function nameDescribedSpeakers(quotes: Quote[], entities: readonly Entity[], roles: Map<number, EntityRole[]>): void {
  // Role word -> the people given it (built once; each quote then looks at a bounded few).
  const holders = new Map<string, Set<Entity>>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const r of roles.get(e.id) ?? [])
      for (const w of r.text.toLowerCase().split(/[\s-]+/u)) {
        const set = holders.get(w);
        if (set) set.add(e);
        else holders.set(w, new Set([e]));
      }
  }
  if (!holders.size) return;
  for (const q of quotes) {
    if (q.speaker.entityId !== undefined) continue;
    const words = q.speaker.name
      .toLowerCase()
      .replace(/['’]s\b/gu, " 's")
      .split(/\s+/u)
      .filter((w, i, all) => !SPEAKER_FILLER.has(w) && all[i + 1] !== "'s");
    if (words.length < 2 || words.length > 8) continue;
    const sets = words.map((w) => holders.get(w));
    if (sets.some((set) => !set)) continue;
    const smallest = (sets as Set<Entity>[]).reduce((a, b) => (b.size < a.size ? b : a));
    if (smallest.size > MAX_HOLDERS) continue;
    const fit = [...smallest].filter((e) => sets.every((set) => set?.has(e)));
    const only = fit.length === 1 ? fit[0] : undefined;
    if (only) q.speaker = { ...q.speaker, name: only.name, entityId: only.id };
  }
}
