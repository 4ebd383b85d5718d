#!/usr/bin/env node
// Helpers for annotating names (eval/gold/names), kept apart from gold.mjs:
//
//   node scripts/gold/pre-annotate.mjs spec ID [OUT]   Lede's own names for an article, as a
//                                                      names spec (stdout, or OUT) to correct
//   node scripts/gold/pre-annotate.mjs unmarked ID     the capitalised words the stored gold
//                                                      leaves unmarked (not first in a sentence
//                                                      or line): a checklist for the re-reading
//
// `spec` runs the built command-line tool (`npm run build:cli` first) on the corpus text; the
// spec it prints holds strings of the article, so keep it outside the project (it is a
// working file, like the specs annotators write). A pre-annotated spec is only a start: read
// every document under eval/gold/guidelines/names.md and correct it before names-apply.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleText, loadGold, namesSpecOf } from './gold.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Lede's names for `id` as a names spec. */
export function ledeSpec(id) {
  const text = articleText(id);
  const input = JSON.stringify({ id, text, entities: [] }) + '\n';
  const out = execFileSync(process.execPath, [join(root, 'bin', 'lede.mjs'), 'ner', '--lang', 'en'], {
    input,
    maxBuffer: 1 << 28,
  }).toString();
  const record = JSON.parse(out.split('\n').find((l) => l.trim()) ?? '{}');
  const spans = (record.entities ?? []).map((e) => [e.start, e.end, e.type]);
  return namesSpecOf(text, spans);
}

const startsSentence = (text, i) => {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || '.!?:"“‘(\n'.includes(text[j]);
};

/** Capitalised words outside every gold name, not first in a sentence or line, with counts. */
export function unmarkedWords(text, entities) {
  const covered = new Uint8Array(text.length);
  for (const [s, e] of entities) covered.fill(1, s, e);
  const counts = new Map();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{N}'’.&-]*/gu)) {
    if (covered[m.index] || startsSentence(text, m.index)) continue;
    // A sentence's full stop is not part of the word ("Paris."), an abbreviation's is ("U.S.").
    const word = /^[^.]+\.$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function main() {
  const [cmd, id, out] = process.argv.slice(2);
  if (cmd === 'spec' && id) {
    const spec = ledeSpec(id);
    if (out) writeFileSync(out, spec);
    else process.stdout.write(spec);
    return;
  }
  if (cmd === 'unmarked' && id) {
    const { gold, text } = loadGold('names', id);
    const words = [...unmarkedWords(text, gold.entities)].map(([w, n]) => (n > 1 ? `${w}×${n}` : w));
    console.log(words.join(' '));
    return;
  }
  console.log('usage: pre-annotate.mjs spec ID [OUT] | unmarked ID');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
