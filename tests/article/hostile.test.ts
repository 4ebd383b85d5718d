/**
 * Pages built to hurt: each gives a clear result within a bounded time and nothing throws.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle, MAX_DEPTH } from '../../src/article/extract';
import { load } from './load';
import { MAX_ARTICLE_CHARS } from '../../src/core/limits';
import { expectLinear } from '../helpers/growth';

const PARA =
  'The harbour authority approved a plan on Monday to deepen the main shipping channel, a project engineers say will let the largest ships call at the port.';

const timed = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
};

describe('hostile pages', () => {
  test('an empty document', () => {
    const doc = load('');
    doc.documentElement.replaceChildren();
    const { article } = extractArticle(doc);
    expect(article).toMatchObject({ isArticle: false, blocks: [] });
    expect(article.reason).toMatch(/No article text/);
  });

  test('a frameset', () => {
    const { article } = extractArticle(
      load(
        '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      ),
    );
    expect(article.isArticle).toBe(false);
    expect(article.reason).toMatch(/No article text/);
  });

  test(`markup nested 10,000 levels deep: refused quickly, "annotate anyway" still reads it`, () => {
    const doc = load('<html><head><title>Deep</title></head><body></body></html>');
    // Built 100 levels at a time: jsdom checks ancestors on every append and attaches a
    // subtree recursively, so neither one-by-one nor all-at-once scales to 10,000 levels.
    let deepest: Element = doc.body;
    for (let chunk = 0; chunk < 100; chunk++) {
      const top = doc.createElement('div');
      let bottom = top;
      for (let i = 1; i < 100; i++) bottom = bottom.appendChild(doc.createElement('div'));
      deepest.append(top);
      deepest = bottom;
    }
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement('p');
      p.textContent = PARA;
      deepest.append(p);
    }
    const [{ article }, ms] = timed(() => extractArticle(doc));
    expect(article.isArticle).toBe(false);
    expect(article.reason).toContain(`more than ${MAX_DEPTH} levels deep`);
    expect(ms).toBeLessThan(5000);
    const forced = extractArticle(doc, { force: true }).article;
    expect(forced.blocks).toHaveLength(5);
    expect(forced.blocks[0]?.text).toBe(PARA);
  });

  test('a 5 MB page is read from its opening, marked as cut, in time that grows with its size', () => {
    const page = (paragraphs: number): Document => {
      const doc = load(
        '<html><head><title>Big</title></head><body><article><h1>A very long report on the harbour</h1></article></body></html>',
      );
      const article = doc.querySelector('article') as Element;
      for (let i = 0; i < paragraphs; i++) {
        const p = doc.createElement('p');
        p.textContent = `${i}. ${PARA}`;
        article.append(p);
      }
      return doc;
    };
    const doc = page(32_000);
    expect(doc.body.textContent?.length).toBeGreaterThan(5_000_000);
    const { article } = extractArticle(doc);
    expect(article.isArticle).toBe(true);
    const chars = article.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(chars).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9);
    expect(chars).toBeLessThan(MAX_ARTICLE_CHARS + PARA.length * 2);
    expect(article.cut?.totalWords).toBeGreaterThan(800_000);
    // From 1 MB (Readability's limit) to 10 MB, the time per paragraph does not grow (two turns
    // of the sizes: each reads 20 MB of paragraphs).
    expectLinear(page, (d) => extractArticle(d), 7_000, 3, 2);
  }, 120_000);

  test('text in <br>-separated runs keeps its line breaks, each line mapped to the page', () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) => `Line ${i}: the harbour plan will cost the city of Gdańsk more than expected.`,
    );
    const { article, blockTexts } = extractArticle(load(`<html><body><div>${lines.join('<br>')}</div></body></html>`));
    expect(article.isArticle).toBe(true);
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text.split('\n')).toEqual(lines);
    const first = article.blocks[0];
    const start = first?.text.indexOf('Line 1:') ?? -1;
    expect(blockTexts[0]?.toRange(start, start + 7)?.toString()).toBe('Line 1:');
  });

  test.each([
    [
      'German',
      '<html lang="de"><head><title>Hafen</title></head><body><article><h1>Hamburg vertieft die Fahrrinne</h1>' +
        '<p>Die Hafenbehörde hat am Montag beschlossen, die Fahrrinne der Elbe zu vertiefen, damit die größten Containerschiffe den Hafen anlaufen können.</p>'.repeat(
          6,
        ) +
        '</article></body></html>',
      'de',
      'ltr',
    ],
    [
      'Arabic, right to left',
      '<html lang="ar" dir="rtl"><head><title>الميناء</title></head><body><article><h1>الميناء يعمّق القناة الملاحية</h1>' +
        '<p>وافقت سلطة الميناء يوم الاثنين على خطة لتعميق القناة الملاحية الرئيسية، وهو مشروع يقول المهندسون إنه سيسمح لأكبر سفن الحاويات بدخول الميناء لأول مرة.</p>'.repeat(
          6,
        ) +
        '</article></body></html>',
      'ar',
      'rtl',
    ],
    [
      'Hebrew without a dir attribute',
      '<html lang="he"><head><title>נמל</title></head><body><article><h1>הנמל מעמיק את תעלת השיט</h1>' +
        '<p>רשות הנמל אישרה ביום שני תוכנית להעמקת תעלת השיט הראשית, פרויקט שלדברי המהנדסים יאפשר לאוניות המכולות הגדולות ביותר לעגון בנמל.</p>'.repeat(
          6,
        ) +
        '</article></body></html>',
      'he',
      'rtl',
    ],
  ])('%s: language and direction', (_label, html, lang, dir) => {
    const { article } = extractArticle(load(html));
    expect(article.isArticle).toBe(true);
    expect(article.meta).toMatchObject({ lang, dir });
    expect(article.blocks.length).toBe(6);
  });
});
