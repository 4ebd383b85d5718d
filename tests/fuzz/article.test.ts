/**
 * Fuzzing the article stage: random and malformed HTML through `extractArticle`. It never
 * throws, every block's text is the text of its DOM ranges, and every offset inside a block
 * maps to a range (or to null), and no page is far slower per character than the others.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle, rangeOf } from '../../src/article/extract';
import { loadDocument } from '../../src/cli/main';
import { int, randomHtml, seeded } from './random';
import { errorMessage } from '../../src/shared/error-message';
import { expectNoOutlier, type Timed } from '../helpers/growth';

const INPUTS = 80;

describe('fuzz: article extraction', () => {
  test(`${INPUTS} random pages: no throw, offsets inside their text, and none far slower than the rest`, () => {
    const rand = seeded(20261126);
    const failures: string[] = [];
    let slowest = 0;
    const timed: Timed[] = [];
    let blocks = 0;
    for (let i = 0; i < INPUTS; i++) {
      const body = Array.from({ length: int(rand, 1, 8) }, () => randomHtml(rand)).join('');
      const html =
        rand() < 0.8 ? `<!doctype html><html><head><title>T ${i}</title></head><body>${body}</body></html>` : body;
      const t0 = performance.now();
      try {
        for (const force of [false, true]) {
          const doc = extractArticle(loadDocument(html, 'https://fuzz.example/a'), {
            url: 'https://fuzz.example/a',
            force,
          });
          doc.article.blocks.forEach((b, id) => {
            blocks++;
            if (b.id !== id) throw new Error(`block ${id} has id ${b.id}`);
            const text = doc.blockTexts[id]?.text;
            if (text !== b.text) throw new Error(`block ${id} text differs from its DOM text`);
            for (let k = 0; k < 5 && b.text.length; k++) {
              const start = int(rand, 0, b.text.length - 1);
              const end = int(rand, start + 1, b.text.length);
              rangeOf(doc, { blockId: id, start, end });
            }
            if (rangeOf(doc, { blockId: id, start: -1, end: 2 }) !== null) throw new Error('a negative offset mapped');
            if (rangeOf(doc, { blockId: id, start: 0, end: b.text.length + 1 }) !== null)
              throw new Error('an offset past the end mapped');
          });
        }
      } catch (e) {
        failures.push(`input ${i}: ${errorMessage(e)}`);
      }
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      const again = (): void => {
        for (const force of [false, true])
          extractArticle(loadDocument(html, 'https://fuzz.example/a'), { url: 'https://fuzz.example/a', force });
      };
      timed.push({ size: html.length, ms, again });
    }
    console.log(
      `fuzz article: ${INPUTS} pages (x2: as found and forced), ${blocks} blocks, ${failures.length} failures, slowest ${slowest.toFixed(0)} ms`,
    );
    expect(failures).toEqual([]);
    // A page's DOM costs about the same below a few thousand characters.
    expectNoOutlier(timed, 30, 5000);
  }, 300_000);
});
