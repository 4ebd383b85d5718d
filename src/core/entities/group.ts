/**
 * Groups mentions into entities. Mentions of one entity share a key (case, possessive and a
 * leading "the" ignored); beyond that, a surname or first name alone joins the one person
 * whose full name contains it ("Putin" after "Vladimir Putin"), and an acronym joins the
 * organisation it abbreviates ("NATO" after "North Atlantic Treaty Organization"). The
 * entity takes the type most of its mentions have and its fullest name as canonical name.
 * Salience mixes frequency, how early the entity appears and whether the title names it.
 * A demonym ("North Korean") is linked to its place ("North Korea") when the article names
 * the place too.
 */
import type { Entity, EntityMention, EntityType } from '../types';
import { DEMONYM_PLACES } from './word-lists';

export interface GroupOptions {
  /** The article's title, for salience. */
  title?: string | null;
  /** How many blocks the article has, for the position part of salience. */
  blockCount: number;
}

/**
 * Honorifics and titles a person's mention may carry ("Mr Mugabe", "President Robert
 * Mugabe", "Gov. Kristi Noem"): the person is the same with or without them.
 */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame lord lady rev fr president vice prime minister chancellor premier ' +
    'gov governor sen senator rep representative congressman congresswoman mayor judge justice gen general ' +
    'col colonel lt capt captain cmdr adm admiral sgt maj king queen prince princess sheikh pope ' +
    'secretary ambassador chief coach ceo chairman chairwoman'
  ).split(' '),
);

/** A name without the titles in front of it ("President Donald Trump" → "Donald Trump"). */
export function withoutTitles(text: string): string {
  const words = text.trim().split(/\s+/u);
  let i = 0;
  // Keep at least one word: "Queen" alone is a name (the band) when it is all there is.
  while (i < words.length - 1 && TITLES.has((words[i] ?? '').toLowerCase().replace(/\.$/u, ''))) i++;
  return words.slice(i).join(' ');
}

export function normaliseName(text: string): string {
  return withoutTitles(
    text
      .replace(/['’]s?$/u, '')
      .replace(/^the\s+/iu, '')
      .replace(/\s+/gu, ' ')
      .trim(),
  ).toLowerCase();
}

const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'on', '&']);

function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

interface Group {
  key: string;
  mentions: EntityMention[];
}

export function groupMentions(mentions: readonly EntityMention[], options: GroupOptions): Entity[] {
  const ordered = [...mentions].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const m of ordered) {
    const key = normaliseName(m.text);
    if (!key) continue;
    let g = byKey.get(key);
    if (!g) {
      g = { key, mentions: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
  }

  // Link short forms to the one longer name they belong to, through indexes of the longer
  // names by first and last word (people) and by initials (organisations): looking through
  // every longer name for every short one was quadratic in the number of names.
  const merged = new Map<Group, Group>();
  const peopleByWord = new Map<string, Group[]>();
  const orgsByInitials = new Map<string, Group[]>();
  const add = (index: Map<string, Group[]>, key: string, g: Group): void => {
    const list = index.get(key);
    if (!list) index.set(key, [g]);
    else if (list[list.length - 1] !== g) list.push(g);
  };
  for (const h of groups) {
    if (!h.key.includes(' ')) continue;
    const type = dominantType(h.mentions);
    if (type === 'PERSON') {
      const words = h.key.split(' ');
      add(peopleByWord, words[0] ?? '', h);
      add(peopleByWord, words[words.length - 1] ?? '', h);
    } else if (type === 'ORG') {
      add(orgsByInitials, initials(h.key), h);
    }
  }
  for (const g of groups) {
    if (g.key.includes(' ')) continue;
    const type = dominantType(g.mentions);
    const text = g.mentions[0]?.text.replace(/['’]s?$/u, '') ?? '';
    let targets: readonly Group[] = [];
    if (type === 'PERSON' || type === 'OTHER') targets = peopleByWord.get(g.key) ?? [];
    if (targets.length === 0 && /^\p{Lu}{2,6}$/u.test(text)) targets = orgsByInitials.get(text) ?? [];
    const target = targets[0];
    if (targets.length === 1 && target) merged.set(g, target);
  }
  for (const [from, to] of merged) to.mentions.push(...from.mentions);

  const entities: Entity[] = [];
  for (const g of groups) {
    if (merged.has(g)) continue;
    g.mentions.sort((a, b) => a.blockId - b.blockId || a.start - b.start);
    const type = dominantType(g.mentions);
    const mentionsOfType = g.mentions.map((m) => ({ ...m, type }));
    entities.push({ id: 0, type, name: canonicalName(g.mentions), mentions: mentionsOfType, salience: 0 });
  }
  scoreSalience(entities, options);
  entities.sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
  entities.forEach((e, i) => (e.id = i + 1));
  linkDemonyms(entities);
  return entities;
}

function linkDemonyms(entities: Entity[]): void {
  const places = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'PLACE') continue;
    for (const m of e.mentions) places.set(normaliseName(m.text), e.id);
  }
  for (const e of entities) {
    if (e.type !== 'OTHER') continue;
    const key = normaliseName(e.name).replace(/s$/u, '');
    const candidates = DEMONYM_PLACES.get(key) ?? DEMONYM_PLACES.get(normaliseName(e.name)) ?? [];
    const place = candidates.map((p) => places.get(p)).find((id) => id !== undefined);
    if (place !== undefined) e.place = place;
  }
}

function dominantType(mentions: readonly EntityMention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best: EntityType = mentions[0]?.type ?? 'OTHER';
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

function canonicalName(mentions: readonly EntityMention[]): string {
  let best = '';
  for (const m of mentions) {
    const bare = m.text
      .replace(/['’]s$/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
    const name = m.type === 'PERSON' ? withoutTitles(bare) : bare;
    if (name.length > best.length) best = name;
  }
  return best;
}

function scoreSalience(entities: Entity[], { title, blockCount }: GroupOptions): void {
  const titleKey = title ? title.toLowerCase() : '';
  const raw = entities.map((e) => {
    const first = e.mentions[0]?.blockId ?? 0;
    const early = blockCount > 0 ? 1 - Math.min(1, first / blockCount) : 0;
    const inTitle = titleKey && e.mentions.some((m) => titleKey.includes(normaliseName(m.text))) ? 1 : 0;
    return Math.log2(1 + e.mentions.length) + early + 1.5 * inTitle;
  });
  const max = Math.max(1e-9, ...raw);
  entities.forEach((e, i) => (e.salience = Math.round(((raw[i] ?? 0) / max) * 1000) / 1000));
}
