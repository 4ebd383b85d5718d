/**
 * Issue 18, authors: a desk credited alone whose name holds an "and" ("News and Features
 * Desk", "Science and health team") is one credit, not two names cut at the "and"; names
 * joined by "and" are still split, and a person's "and staff" still leaves the person.
 * Bylines and a page written for the project.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { headerOf, storyPage } from './load';

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
    const html = storyPage('<p class="byline">By News and Features Desk</p><p class="date">March 3, 2025</p>');
    expect(headerOf(html).byline).toEqual(['News and Features Desk']);
  });
});
