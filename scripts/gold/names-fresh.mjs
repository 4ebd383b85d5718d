// The names-fresh set: English news pages of the metadata corpus (pl-*, 2016-2022), annotated
// with names (PER, ORG, LOC, MISC; eval/gold/guidelines/names.md) on the article text
// Readability reads from their source.html (scripts/eval/corpus-docs.mjs). They only ever
// measure (split "fresh"): the model never trains on them and nothing is tuned on them.
//
//   node scripts/gold/names-fresh.mjs apply ID SPEC --reader R [--notes FILE]
//       a names spec (scripts/gold/gold.mjs parseNamesSpec) -> eval/gold/names/ID.json
//   node scripts/gold/names-fresh.mjs show ID     the text with the stored names marked
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAME_TYPES, applyNamesSpec, articleText, markUp, parseNamesSpec, sha256, splitIn } from './gold.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fileOf = (id) => join(root, 'eval', 'gold', 'names', `${id}.json`);

/** The stored record of a fresh names document (split fresh, or fresh2 for `names-fresh2`). */
export function freshRecord(id, text, spans, readers, notes, split = 'fresh') {
  if (!id.startsWith('pl-')) throw new Error(`${id}: the fresh names set holds metadata pages (pl-*) only`);
  return {
    id,
    source: `metadata/${id}/source.html#readability`,
    sha256: sha256(text),
    split,
    readers,
    ...(notes.length ? { notes } : {}),
    entities: spans,
  };
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main() {
  const [cmd, id, file] = process.argv.slice(2);
  const text = articleText(id);
  if (cmd === 'apply') {
    const reader = arg('--reader');
    if (!reader) throw new Error('apply needs --reader NAME');
    const old = existsSync(fileOf(id)) ? JSON.parse(readFileSync(fileOf(id), 'utf8')) : { readers: [] };
    const readers = old.readers.includes(reader) ? old.readers : [...old.readers, reader];
    const notesFile = arg('--notes');
    const notes = notesFile
      ? readFileSync(notesFile, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
      : (old.notes ?? []);
    const { spans, warnings } = applyNamesSpec(text, parseNamesSpec(readFileSync(file, 'utf8')));
    const json = JSON.stringify(
      freshRecord(id, text, spans, readers, notes, splitIn('names', id) === 'fresh2' ? 'fresh2' : 'fresh'),
      null,
      1,
    ).replace(/\[[^[\]{}]*\]/gu, (a) =>
      a.includes('"') && a.includes(',') && !/^\[\s*\d/u.test(a) ? a : a.replace(/\s+/gu, ' '),
    );
    writeFileSync(fileOf(id), json + '\n');
    for (const w of warnings) console.error(`warning: ${w}`);
    console.log(`${id}: ${spans.length} names written to eval/gold/names/${id}.json`);
  } else if (cmd === 'show') {
    const gold = JSON.parse(readFileSync(fileOf(id), 'utf8'));
    if (gold.sha256 !== sha256(text)) throw new Error(`${id}: the corpus text has changed`);
    console.log(
      markUp(
        text,
        gold.entities.map(([start, end, label]) => ({ start, end, label })),
      ),
    );
    const counts = Object.fromEntries(NAME_TYPES.map((t) => [t, gold.entities.filter((e) => e[2] === t).length]));
    console.log(`(${gold.entities.length} names: ${JSON.stringify(counts)})`);
  } else {
    throw new Error('usage: names-fresh.mjs apply ID SPEC --reader R [--notes FILE] | show ID');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
