/**
 * Bylines of issue 18 that hold more than their writers: an outlet in capitals after the
 * name ("Ana Lima USA TODAY"), the outlet and the role's noun before it ("Harbour Post
 * reporter Ana Lima"), an academic's post and university after it ("Ana Lima, Professor of
 * Marine Biology, Harbour University"), a writer's label ("Contributor: Ana Lima"), and the
 * photographer beside the writer, linked to an author page of their own ("By <a>A</a> ·
 * Photos by <a>B</a>", author cards whose role says "Photographer", a JSON-LD author whose
 * job title is "Photographer"); a button or a count after the names ("Ana Lima Follow",
 * "Ana Lima, Tom Ortega and 2 more"). Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { HEADER_STORY, headerOf } from './load';

/** A story page with `byline` under its headline. */
const page = (byline: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  '<meta property="og:site_name" content="Harbour Post"></head><body><main><article>' +
  `<h1>Port plan approved by the council</h1>${byline}<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;

describe('bylines with roles and outlets', () => {
  test.each([
    ['Ana Lima USA TODAY', ['Ana Lima']],
    ['Ana Lima and Tom Ortega KOMO NEWS', ['Ana Lima', 'Tom Ortega']],
    ['John Smith III', ['John Smith III']],
    ['Marie Claire DUPONT', ['Marie Claire DUPONT']],
    ['Ana Maria DE LA CRUZ', ['Ana Maria DE LA CRUZ']],
    ['Dean Smith and Ana Lima', ['Dean Smith', 'Ana Lima']],
    ['Harbour Post reporter Ana Lima', ['Ana Lima']],
    ['By Harbour Post Political Editor Ana Lima', ['Ana Lima']],
    ['Ana Lima, Professor of Marine Biology, Harbour University', ['Ana Lima']],
    [
      'Ana Lima, Senior Lecturer in Law, Harbour University, and Tom Ortega, PhD Candidate, Northern Institute',
      ['Ana Lima', 'Tom Ortega'],
    ],
    ['By Ana Lima Follow', ['Ana Lima']],
    ['Ana Lima Follow on X', ['Ana Lima']],
    ['Ana Lima View bio', ['Ana Lima']],
    ['By Ana Lima, Tom Ortega and 2 more', ['Ana Lima', 'Tom Ortega']],
    ['Contributor: Ana Lima', ['Ana Lima']],
    ['Columnist: Ana Lima', ['Ana Lima']],
  ])('%j', (byline, names) => {
    expect(cleanNames(byline)).toEqual(names);
  });

  test('a university alone is the credit', () => {
    expect(cleanNames('Harbour University')).toEqual(['Harbour University']);
  });
});

describe('the photographer beside the writer', () => {
  test("JSON-LD's author whose job title is the pictures': not an author", () => {
    const ld = (authors: object[]) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Port plan approved by the council', author: authors })}</script>`;
    const ana = { '@type': 'Person', name: 'Ana Lima' };
    const tom = { '@type': 'Person', name: 'Tom Ortega', jobTitle: 'Staff Photographer' };
    const html = (authors: object[]) => page('').replace('</head>', `${ld(authors)}</head>`);
    expect(headerOf(html([ana, tom])).byline).toEqual(['Ana Lima']);
    expect(headerOf(html([ana, { ...tom, jobTitle: 'Reporter' }])).byline).toEqual(['Ana Lima', 'Tom Ortega']);
  });

  test('"Photos by" before an author link: not an author', () => {
    const byline =
      '<div class="byline">By <a href="/author/ana-lima">Ana Lima</a> · Photos by <a href="/author/tom-ortega">Tom Ortega</a></div>';
    expect(headerOf(page(byline)).byline).toEqual(['Ana Lima']);
  });

  test('an author card whose role is the pictures: not an author', () => {
    const card = (slug: string, name: string, role: string) =>
      `<div class="author-card"><a class="author-name" href="/author/${slug}">${name}</a><span class="author-role">${role}</span></div>`;
    const two = `<div class="authors">${card('ana-lima', 'Ana Lima', 'Reporter')}${card('tom-ortega', 'Tom Ortega', 'Photographer')}</div>`;
    expect(headerOf(page(two)).byline).toEqual(['Ana Lima']);
    const both = two.replace('Photographer', 'Reporter');
    expect(headerOf(page(both)).byline).toEqual(['Ana Lima', 'Tom Ortega']);
  });
});

describe('the translator beside the writer: no author', () => {
  test.each([
    ['Maria Souza and Ana Lima, Translator', ['Maria Souza']],
    ['Maria Souza, Reporter; Ana Lima, Translator', ['Maria Souza']],
    ['Maria Souza, Ana Lima (translator)', ['Maria Souza']],
    ['By Maria Souza. Translated by Ana Lima', ['Maria Souza']],
    ['By Maria Souza; translated by Ana Lima', ['Maria Souza']],
    ['By Maria Souza | Translation: Ana Lima', ['Maria Souza']],
    ['Maria Souza with translation by Ana Lima', ['Maria Souza']],
    ['Maria Souza and Ana Lima', ['Maria Souza', 'Ana Lima']],
  ])('%j', (byline, names) => {
    expect(cleanNames(byline)).toEqual(names);
  });

  test('a text byline with the translator under the headline', () => {
    const html = page('<p class="byline">By Maria Souza. Translated by Ana Lima</p>');
    expect(headerOf(html).byline).toEqual(['Maria Souza']);
  });
});
