import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readabilityText } from '../../scripts/eval/corpus-docs.mjs';
import { modernGold } from '../../scripts/ner/training-data';

// A corpus of our own: one article (articles/<ID>/expected.json) and one metadata page
// (metadata/pl-*/source.html, read through Readability as the gold tool reads it).
const paragraph = (n: number): string =>
  `<p>Paragraph ${n} of the report says that Marta Quill of the Lakeside Rowing Club trained on the river again this week, and that the coaches were pleased with the long crews.</p>`;
const page = `<!doctype html><html><head><title>Rowing</title></head><body><article><h1>Rowing on the lake</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></body></html>`;
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

function corpus(): { root: string; gold: string; pageText: string } {
  const root = mkdtempSync(join(tmpdir(), 'lede-modern-gold-'));
  const gold = join(root, 'gold');
  mkdirSync(gold);
  mkdirSync(join(root, 'articles', 'sh-own'), { recursive: true });
  writeFileSync(join(root, 'articles', 'sh-own', 'expected.json'), JSON.stringify({ text: 'Anna Lee met Bob.' }));
  mkdirSync(join(root, 'metadata', 'pl-own.example'), { recursive: true });
  writeFileSync(join(root, 'metadata', 'pl-own.example', 'source.html'), page);
  writeFileSync(
    join(root, 'metadata', 'pl-own.example', 'expected.json'),
    JSON.stringify({ url: 'https://own.example/rowing' }),
  );
  const pageText = readabilityText(page, 'https://own.example/rowing');
  return { root, gold, pageText };
}

const goldFile = (dir: string, id: string, text: string, split: string, entities: [number, number, string][]): void =>
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ id, sha256: sha(text), split, entities }));

describe('the modern names gold the model trains on', () => {
  it('reads metadata pages (pl-*) through their Readability text, beside the articles', () => {
    const { root, gold, pageText } = corpus();
    const start = pageText.indexOf('Marta Quill');
    expect(start).toBeGreaterThan(0);
    goldFile(gold, 'pl-own.example', pageText, 'train', [[start, start + 'Marta Quill'.length, 'PER']]);
    goldFile(gold, 'sh-own', 'Anna Lee met Bob.', 'train', [[0, 8, 'PER']]);
    const docs = modernGold(gold, root, 'train');
    expect(docs.map((d) => d.id)).toEqual(['pl-own.example', 'sh-own']);
    const pl = docs[0];
    expect(pl?.text).toBe(pageText);
    const e = pl?.entities[0];
    expect(e && pl?.text.slice(e.start, e.end)).toBe('Marta Quill');
  });

  it('keeps to the split asked for and skips pages the corpus lacks', () => {
    const { root, gold, pageText } = corpus();
    goldFile(gold, 'pl-own.example', pageText, 'dev', []);
    goldFile(gold, 'pl-missing.example', 'x', 'train', []);
    expect(modernGold(gold, root, 'train')).toEqual([]);
    expect(modernGold(gold, root, 'dev').map((d) => d.id)).toEqual(['pl-own.example']);
  });

  it('throws when a metadata page’s text has changed since it was annotated', () => {
    const { root, gold } = corpus();
    goldFile(gold, 'pl-own.example', 'an older text', 'train', []);
    expect(() => modernGold(gold, root, 'train')).toThrow(/changed/u);
  });
});
