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
export function splitPeople(entities: readonly Entity[]): { splits: Split[]; ambiguous: Split[] } {
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
      // The same name, or a part of it: its first or last word, or its words in order.
      if (words.length === 1) return full[0] === key || full[full.length - 1] === key;
      return full.join(' ') === key || (e.type === 'PERSON' && words.every((w) => full.includes(w)));
    });
    // A place written as a surname is left alone ("Washington" beside "George Washington").
    if (owners.length === 0 || (e.type === 'PLACE' && words.length === 1)) continue;
    const split = { person: (owners[0] as Entity).name, entry: e.name, type: e.type };
    if (owners.length === 1) splits.push(split);
    else ambiguous.push({ ...split, person: owners.map((o) => o.name).join(' / ') });
  }
  return { splits, ambiguous };
}

function main(): void {
  const args = process.argv.slice(2);
  const prefix = args.includes('--pages') ? (args[args.indexOf('--pages') + 1] ?? 'sh-') : 'sh-';
  const quiet = args.includes('--quiet');
  const dir = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus', 'articles');
  const pages = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && existsSync(join(dir, name, 'source.html')))
    .sort();
  let total = 0;
  let pagesSplit = 0;
  let totalAmbiguous = 0;
  for (const name of pages) {
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { url?: string };
    const doc = loadDocument(readFileSync(join(dir, name, 'source.html'), 'utf8'), expected.url);
    const { article } = extractArticle(doc, { url: expected.url ?? null, force: true });
    const language = identifyLanguage(article);
    const analysis = analyse(article, {
      now: new Date('2026-01-01T00:00:00Z'),
      recogniser: recogniserFor(language.code),
      language,
      recogniserFor,
    });
    const { splits, ambiguous } = splitPeople(analysis.entities);
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
