#!/usr/bin/env node
/**
 * Checks the Spanish and Dutch name-training documents (eval/gold/lang-news-train; guideline
 * eval/gold/guidelines/lang-news-train.md): every name span matches its text, names are in
 * order and do not overlap, types are CoNLL's, and both readings are recorded.
 * Usage: node scripts/gold/check-lang-news-train.mjs [files...] (default: the whole folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '../../eval/gold/lang-news-train');
const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => resolve(DIR, f));

let problems = 0;
const counts = {};
for (const file of files) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const say = (msg) => {
    problems++;
    console.error(`${doc.id ?? file}: ${msg}`);
  };
  if (!/^(es|nl)-t\d+$/.test(doc.id ?? '')) say('id must be <es|nl>-t<NN>');
  if (!['es', 'nl'].includes(doc.lang)) say('lang must be es or nl');
  if (typeof doc.text !== 'string' || !doc.text.includes('\n\n'))
    say('text: headline and paragraphs separated by blank lines');
  if (!Array.isArray(doc.readers) || doc.readers.length < 2) say('readers: both readings');
  let last = -1;
  for (const n of doc.names ?? []) {
    if (!TYPES.has(n.type)) say(`bad type ${n.type} for "${n.text}"`);
    if (doc.text.slice(n.start, n.end) !== n.text)
      say(`span ${n.start}-${n.end} is "${doc.text.slice(n.start, n.end)}", not "${n.text}"`);
    if (n.start < last) say(`"${n.text}" at ${n.start} overlaps or is out of order`);
    last = n.end;
    counts[doc.lang] = counts[doc.lang] ?? { docs: new Set(), names: 0 };
    counts[doc.lang].names++;
  }
  counts[doc.lang] = counts[doc.lang] ?? { docs: new Set(), names: 0 };
  counts[doc.lang].docs.add(doc.id);
}
for (const [lang, c] of Object.entries(counts)) console.log(`${lang}: ${c.docs.size} documents, ${c.names} names`);
if (problems) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
