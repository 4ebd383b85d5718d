/**
 * Checks the English, Spanish and Dutch name-training documents (eval/gold/lang-news-train; guideline
 * eval/gold/guidelines/lang-news-train.md) by the rules training reads them by
 * (`langNewsTrainProblems` in scripts/ner/training-data.ts), and counts them.
 * Usage: npx tsx scripts/gold/check-lang-news-train.ts [files...] (default: the whole folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { langNewsTrainProblems } from '../ner/training-data';

const DIR = resolve(import.meta.dirname, '../../eval/gold/lang-news-train');

const args = process.argv.slice(2);
const files = args.length
  ? args.map((f) => resolve(f))
  : readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => resolve(DIR, f));

let problems = 0;
const counts = new Map<string, { docs: number; names: number }>();
for (const file of files) {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { id?: string; lang?: string; names?: unknown[] };
  for (const p of langNewsTrainProblems(doc)) {
    problems++;
    console.error(`${doc.id ?? file}: ${p}`);
  }
  const c = counts.get(String(doc.lang)) ?? { docs: 0, names: 0 };
  counts.set(String(doc.lang), { docs: c.docs + 1, names: c.names + (doc.names?.length ?? 0) });
}
for (const [lang, c] of counts) console.log(`${lang}: ${c.docs} documents, ${c.names} names`);
if (problems) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
