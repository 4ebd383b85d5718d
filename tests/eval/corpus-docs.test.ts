import { describe, expect, test } from 'vitest';
import { corpusFolder, fixturePath, readabilityText } from '../../scripts/eval/corpus-docs.mjs';

describe("the gold sets' corpus documents", () => {
  test('pl- ids are pages of the metadata corpus, the others articles', () => {
    expect(corpusFolder('pl-www.example.com')).toBe('metadata');
    expect(corpusFolder('sh-0123456789abcdef')).toBe('articles');
    expect(corpusFolder('rd-example')).toBe('articles');
    expect(corpusFolder('fx-sports-report-1')).toBe('fixtures');
    expect(corpusFolder('en-241')).toBe('fixtures');
  });

  test("the project's own pages: fx- ids are the summary pages, en- ids the English news pages", () => {
    expect(fixturePath('fx-review-phone')).toBe('tests/fixtures/pages/summary/fx-review-phone.html');
    expect(fixturePath('en-241')).toBe('tests/fixtures/pages/lang-news/en-241.html');
  });

  test("a saved page's text is the article Readability reads, white space collapsed, without the menu", () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the story tells,\n   in plenty of words, what the council decided on Tuesday and why the vote matters to the town.</p>`;
    const html = `<html><head><title>Vote</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council votes</h1>${[1, 2, 3, 4, 5].map(para).join('\n')}</article>
      <footer>Copyright</footer></body></html>`;
    const text: string = readabilityText(html, 'https://news.example.com/vote');
    expect(text).toContain('Paragraph 1 of the story tells, in plenty of words, what the council decided on Tuesday');
    expect(text).toContain('Paragraph 5');
    expect(text).not.toMatch(/\s{2}|\n/u);
    expect(text).not.toContain('Home');
  });

  test('blocks written without white space between them stay apart; inline markup does not split words', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the story tells, in plenty of words, what the council decided and why the vote matters to the town.</p>`;
    const html = `<html><body><article><h1>Council votes</h1>${[1, 2, 3].map(para).join('')}<p>Stay safe today.</p><p>Authorities said the <b>Ox</b>ford road was shut.<br>Photo: Ana Lima</p>${para(4)}${para(5)}</article></body></html>`;
    const text: string = readabilityText(html, 'https://news.example.com/vote');
    expect(text).toContain('town. Paragraph 2');
    expect(text).toContain('Stay safe today. Authorities said the Oxford road was shut. Photo: Ana Lima Paragraph 4');
  });
});
