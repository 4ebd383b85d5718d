#!/usr/bin/env node
/**
 * The header gold tool (guideline eval/gold/guidelines/headers.md):
 *   node scripts/gold/headers.mjs find <ID> "<text>"   every occurrence of the text in the page's
 *                                                       source.html, with offsets and surroundings
 *   node scripts/gold/headers.mjs sha <ID>              the sha256 of the page's source.html
 *   node scripts/gold/headers.mjs check [ID...]         checks the gold files and prints the
 *                                                       expected title / authors / date they give
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectedOf, headerGold, headerSplit, htmlText } from '../eval/header-gold.mjs';

const root = resolve(import.meta.dirname, '../..');
const corpus = resolve(root, '../shared/corpus');
const [cmd, ...args] = process.argv.slice(2);
const source = (id) => readFileSync(join(corpus, 'articles', id, 'source.html'), 'utf8');

if (cmd === 'find') {
  const [id, needle] = args;
  const html = source(id);
  for (let at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
    const around = html.slice(Math.max(0, at - 60), at + needle.length + 40).replace(/\s+/g, ' ');
    console.log(`${at} ${at + needle.length}  …${around}…  -> "${htmlText(html.slice(at, at + needle.length))}"`);
  }
} else if (cmd === 'sha') {
  console.log(createHash('sha256').update(source(args[0])).digest('hex'));
} else if (cmd === 'check') {
  const ids = new Set(args);
  let problems = 0;
  const files = readdirSync(join(root, 'eval/gold/headers')).filter((f) => f.endsWith('.json'));
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(root, 'eval/gold/headers', f), 'utf8'));
    const say = (m) => {
      problems++;
      console.error(`${f}: ${m}`);
    };
    if (`${gold.id}.json` !== f) say('file name is not the id');
    if (!Array.isArray(gold.authors)) say('authors must be a list');
    if (!Array.isArray(gold.readers) || gold.readers.length < 2) say('readers: both readings');
    const p = gold.published;
    if (p && !(/^\d{4}-\d{2}-\d{2}/.test(p.value) && typeof p.hasTime === 'boolean'))
      say('published: value and hasTime');
    if (p && p.hasTime && !/T\d{2}:\d{2}/.test(p.value)) say('published: hasTime without a time');
    for (const s of [gold.title, ...(gold.authors ?? [])].filter(Boolean))
      if (!(Number.isInteger(s.start) && s.end > s.start && s.end - s.start < 600))
        say(`bad span ${JSON.stringify(s)}`);
  }
  for (const r of headerGold(root, corpus)) {
    if (ids.size && !ids.has(r.gold.id)) continue;
    const e = expectedOf(r);
    console.log(
      `${r.gold.id} (${headerSplit(r.gold.id)}): title=${JSON.stringify(e.title)} authors=${JSON.stringify(e.byline)} date=${e.publishedTime}`,
    );
  }
  console.log(`${files.length} files`);
  if (problems) process.exit(1);
} else {
  console.error('usage: headers.mjs find <ID> "<text>" | sha <ID> | check [ID...]');
  process.exit(2);
}
