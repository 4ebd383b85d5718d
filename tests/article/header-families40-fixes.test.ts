/**
 * The families the metadata dev set's misses showed Lede misreading (eval/gold/guidelines/headers.md,
 * "Metadata dev misses (thirtieth session)"), each fixed as a family on pages written here: a
 * translator's block under a label of its own beside the writer's.
 */
import { describe, expect, test } from 'vitest';
import { headerOf, storyPage } from './load';

describe('a translator’s block under a label of its own', () => {
  /** The writer's block then the translator's, each a label then a list of cards (an avatar, then the name). */
  const blocks = (writerLabel: string, translatorLabel: string) =>
    storyPage(
      '<div class="widget article__authors">' +
        `<div><p class="meta">${writerLabel}</p><ul class="authors"><li><p class="author__bio"><a href="/profile/ana-lima/" class="avatar"></a>` +
        '<span class="author__name"><a href="/profile/ana-lima/" class="author__link">Ana Lima</a></span></p></li></ul></div>' +
        `<div><p class="meta">${translatorLabel}</p><ul class="authors"><li><p class="author__bio"><a href="/profile/tom-ortega/" class="avatar"></a>` +
        '<span class="author__name"><a href="/profile/tom-ortega/" class="author__link">Tom Ortega</a></span></p></li></ul></div>' +
        '</div>',
    );

  test.each([
    ['作者：', '翻訳者'],
    ['Author', 'Translator'],
    ['Written by', 'Translated by'],
    ['Autora', 'Traducción:'],
    ['Autorin', 'Übersetzung'],
    ['作者', '译者'],
  ])('%s / %s: the translator is no author', (writer, translator) => {
    expect(headerOf(blocks(writer, translator)).byline).toEqual(['Ana Lima']);
  });

  test('a second writer’s block stays', () => {
    expect(headerOf(blocks('Author', 'Author')).byline).toEqual(['Ana Lima', 'Tom Ortega']);
  });

  test('a label of another kind stays ("Reporting")', () => {
    expect(headerOf(blocks('Author', 'Reporting')).byline).toEqual(['Ana Lima', 'Tom Ortega']);
  });

  test('names marked as author links only, the translator’s under its label', () => {
    const html = storyPage(
      '<div class="credits"><div><span>By</span> <a rel="author" href="/people/ana-lima">Ana Lima</a></div>' +
        '<div><span>Translator:</span> <span><a rel="author" href="/people/tom-ortega">Tom Ortega</a></span></div></div>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });
});
