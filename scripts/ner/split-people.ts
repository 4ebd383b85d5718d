/**
 * People split into several card entries, on the corpus's real pages (`sh-*`): runs the
 * whole analysis (extraction, names, grouping) on each page, as the card gets it, and lists
 * each person whose name also stands as an entry of its own: a surname or first name alone
 * beside the full name ("Mugabe" beside "Robert Mugabe"), with or without an honorific ("Mr
 * Mugabe", "Ms Persson"), a possessive ("Assange's"), or the full name under another type.
 * A surname two people share ("Trump" beside "Donald Trump" and "Ivanka Trump") is listed
 * apart, as ambiguous: it cannot join either. Prints page text snippets only, writes nothing.
 *
 *   node --import tsx scripts/ner/split-people.ts [--pages sh-] [--quiet]
 *   node --import tsx scripts/ner/split-people.ts --train [--quiet]
 *
 * With `--train`, the pages are the train pages of the names gold instead: the English sets
 * en-train16 and later of eval/gold/lang-news and the modern-train documents
 * of eval/gold/names (issue 15: one chip per person), with the count by page.
 *
 * Exits 1 when some person is split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDocument } from '../../src/cli/load-document';
import { recogniserFor } from '../../src/cli/model';
import { extractArticle } from '../../src/article/extract';
import { analyse } from '../../src/core/analyse';
import { normaliseName } from '../../src/core/entities/group';
import { identifyLanguage } from '../../src/core/language/identify';
import type { Entity } from '../../src/core/types';

export interface Split {
  person: string;
  entry: string;
  type: string;
}

/** The entries that name a person of `entities` again (see above), and the ambiguous ones. */
export function splitPeople(
  entities: readonly Entity[],
  blocks?: ReadonlyMap<number, string>,
): { splits: Split[]; ambiguous: Split[] } {
  const people = entities.filter((e) => e.type === 'PERSON' && normaliseName(e.name).includes(' '));
  const splits: Split[] = [];
  const ambiguous: Split[] = [];
  for (const e of entities) {
    const key = normaliseName(e.name);
    if (!key) continue;
    const words = key.split(' ');
    const owners = people.filter((p) => {
      if (p === e) return false;
      const full = normaliseName(p.name).split(' ');
      // The same name, or a part of it: one of its words (a middle one too: "Hamilton" beside
      // "Margaret Hamilton Lego"), or its words in order.
      if (words.length === 1) return full.includes(key);
      return full.join(' ') === key || (e.type === 'PERSON' && words.every((w) => full.includes(w)));
    });
    // A place written as a surname is left alone ("Washington" beside "George Washington").
    if (owners.length === 0 || (e.type === 'PLACE' && words.length === 1)) continue;
    const split = { person: (owners[0] as Entity).name, entry: e.name, type: e.type };
    if (owners.length === 1) splits.push(split);
    else ambiguous.push({ ...split, person: owners.map((o) => o.name).join(' / ') });
  }
  // A person's name read as three people side by side ("Hattie", "Simmons" and "Vance" for
  // "Hattie (Simmons) Vance", a maiden name in brackets); not a part and its actor ("Elio
  // (Timothée Chalamet)"): one word in the brackets, a person's name on each side.
  if (blocks) {
    const at = new Map<string, { person: Entity; end: number }>();
    for (const p of entities)
      if (p.type === 'PERSON') for (const m of p.mentions) at.set(`${m.blockId}:${m.start}`, { person: p, end: m.end });
    for (const p of entities) {
      if (p.type !== 'PERSON') continue;
      for (const m of p.mentions) {
        const block = blocks.get(m.blockId) ?? '';
        const inside = at.get(`${m.blockId}:${m.end + 2}`);
        if (!inside || block.slice(m.end, m.end + 2) !== ' (' || block.slice(inside.end, inside.end + 2) !== ') ')
          continue;
        const last = at.get(`${m.blockId}:${inside.end + 2}`);
        if (last && !block.slice(m.end + 2, inside.end).includes(' '))
          splits.push({
            person: block.slice(m.start, last.end),
            entry: `${p.name} + ${inside.person.name}`,
            type: 'PERSON',
          });
      }
    }
  }
  return { splits, ambiguous };
}

interface Page {
  name: string;
  file: string;
  url?: string;
}

/** The corpus's real pages whose names start with `prefix`. */
function corpusPages(dir: string, prefix: string): Page[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { url?: string };
      return { name, file: join(dir, name, 'source.html'), ...(expected.url ? { url: expected.url } : {}) };
    });
}

/**
 * Whether an English set's split people are counted with `--train`: en-train16 and every later
 * set (each session's new set joins the train pool after its first measurement, so none is listed).
 */
const isTrainSet = (split: string): boolean => {
  const n = /^en-train(\d+)$/u.exec(split);
  return n !== null && Number(n[1]) >= 16;
};

/** The train pages of the names gold (see above): the three English sets, then modern-train's pages with a source. */
function trainPages(dir: string): Page[] {
  const langNews = resolve('eval', 'gold', 'lang-news');
  const english = readdirSync(langNews)
    .filter((f) => /^en-\d+\.json$/u.test(f))
    .map((f) => JSON.parse(readFileSync(join(langNews, f), 'utf8')) as { id: string; page: string; split: string })
    .filter((g) => isTrainSet(g.split))
    .sort((a, b) => Number(a.id.slice(3)) - Number(b.id.slice(3)))
    .map((g) => ({ name: g.id, file: resolve(g.page) }));
  const names = resolve('eval', 'gold', 'names');
  const modern = readdirSync(names)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(names, f), 'utf8')) as { id: string; split: string })
    .filter((g) => g.split === 'train' && existsSync(join(dir, g.id, 'source.html')))
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((g) => corpusPages(dir, g.id).filter((p) => p.name === g.id));
  return [...english, ...modern];
}

function main(): void {
  const args = process.argv.slice(2);
  const prefix = args.includes('--pages') ? (args[args.indexOf('--pages') + 1] ?? 'sh-') : 'sh-';
  const quiet = args.includes('--quiet');
  const dir = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus', 'articles');
  const pages = args.includes('--train') ? trainPages(dir) : corpusPages(dir, prefix);
  let total = 0;
  let pagesSplit = 0;
  let totalAmbiguous = 0;
  for (const { name, file, url } of pages) {
    const doc = loadDocument(readFileSync(file, 'utf8'), url);
    const { article } = extractArticle(doc, { url: url ?? null, force: true });
    const language = identifyLanguage(article);
    const analysis = analyse(article, {
      now: new Date('2026-01-01T00:00:00Z'),
      recogniser: recogniserFor(language.code),
      language,
      recogniserFor,
    });
    const { splits, ambiguous } = splitPeople(analysis.entities, new Map(analysis.blocks.map((b) => [b.id, b.text])));
    total += splits.length;
    totalAmbiguous += ambiguous.length;
    if (splits.length) pagesSplit++;
    if (quiet) continue;
    for (const s of splits) console.log(`${name}  split      ${s.person}  +  ${s.entry} (${s.type})`);
    for (const s of ambiguous) console.log(`${name}  ambiguous  ${s.person}  +  ${s.entry} (${s.type})`);
  }
  console.log(
    `${pages.length} pages: ${total} people split (on ${pagesSplit} pages), ${totalAmbiguous} ambiguous short names`,
  );
  process.exitCode = total > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('split-people.ts')) main();
