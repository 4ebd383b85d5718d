/**
 * Issue 18, authors: a desk credited alone whose name holds an "and" ("News and Features
 * Desk", "Science and health team") is one credit, not two names cut at the "and"; names
 * joined by "and" are still split, and a person's "and staff" still leaves the person.
 * Bylines and a page written for the project.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { headerOf } from './load';

describe('a desk whose name holds an "and"', () => {
  test.each([
    ['News and Features Desk', ['News and Features Desk']],
    ['By Science and health team', ['Science and health team']],
    ['Politics and Policy Team', ['Politics and Policy Team']],
    ['Ana Lima and Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    ['Jane Doe and staff', ['Jane Doe']],
    ['Ana Lima, Features and Culture Desk', ['Ana Lima']],
  ])('cleanNames(%j)', (byline, names) => {
    expect(cleanNames(byline)).toEqual(names);
  });

  test('a given name before the "and" is no desk', () => {
    expect(cleanNames('Mark and Culture Team')).not.toContain('Mark and Culture Team');
  });

  test('on a page, the desk credited alone', () => {
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved | Harbour Post</title></head><body><main><article>' +
      '<h1>Port plan approved by the council</h1><p class="byline">By News and Features Desk</p><p class="date">March 3, 2025</p>' +
      '<div class="article-body"><p>The harbour authority approved a plan on Monday to deepen the main shipping channel, a project that engineers say will let the largest container ships call at the port for the first time in its history.</p>' +
      '<p>Work is due to begin in the spring and will take about three years. The authority expects the project to cost 1.2 billion, most of it paid for by the European Union.</p></div>' +
      '</article></main></body></html>';
    expect(headerOf(html).byline).toEqual(['News and Features Desk']);
  });
});
