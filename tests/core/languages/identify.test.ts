import { describe, expect, test } from 'vitest';
import { identifyLanguage } from '../../../src/core/language/identify';
import { nativeLanguageName, primaryLanguage } from '../../../src/core/language/languages';
import { articleOf, DUTCH, ENGLISH, FRENCH, GERMAN, POLISH, SPANISH } from './fixtures';

describe('identifying the language of an article', () => {
  test.each([
    ['de', GERMAN],
    ['es', SPANISH],
    ['nl', DUTCH],
    ['pl', POLISH],
    ['fr', FRENCH],
    ['en', ENGLISH],
  ])('a page that declares nothing is read from its text: %s', (code, text) => {
    const l = identifyLanguage(articleOf(text));
    expect(l).toMatchObject({ code, method: 'detected', declared: null, detected: code, detector: 'tinyld' });
  });

  test('a declaration the text bears out stands, regional tags read as their language', () => {
    expect(identifyLanguage(articleOf(GERMAN, { lang: 'de-AT' }))).toMatchObject({
      code: 'de',
      method: 'declared-confirmed',
      declared: 'de',
    });
  });

  test('a template\'s lang="en" on a German story gives way to the text', () => {
    expect(identifyLanguage(articleOf(GERMAN, { lang: 'en-US' }))).toMatchObject({
      code: 'de',
      method: 'detected-over-declared',
      declared: 'en',
      detected: 'de',
    });
  });

  test('a short text does not overrule the declaration', () => {
    expect(identifyLanguage(articleOf(['Hallo Welt.'], { lang: 'en' }))).toMatchObject({
      code: 'en',
      method: 'declared',
    });
  });

  test('a declaration the detector cannot check stands (Ukrainian, Catalan)', () => {
    const text = ['Уряд представив у вівторок нову пропозицію щодо реформи пенсій, сказав міністр у Києві.'];
    expect(identifyLanguage(articleOf(text, { lang: 'uk' }))).toMatchObject({ code: 'uk', method: 'declared' });
  });

  test("Chrome's reading, when the extension passes one, is the detector", () => {
    const a = { ...articleOf(SPANISH), languageHint: { lang: 'es', confidence: 0.98, detector: 'chrome' as const } };
    expect(identifyLanguage(a, a.languageHint)).toMatchObject({ code: 'es', method: 'detected', detector: 'chrome' });
  });

  test('no letters at all: unknown', () => {
    expect(identifyLanguage(articleOf(['1234 5678 — 90']))).toMatchObject({ code: 'und', method: 'unknown' });
  });

  test('a long block in another language is listed, the others are not', () => {
    const a = articleOf([...GERMAN, ENGLISH.join(' ')], { lang: 'de' });
    expect(identifyLanguage(a).otherBlocks).toEqual([{ blockId: 2, lang: 'en' }]);
  });

  test('tags and names', () => {
    expect(['de-AT', 'pt_BR', 'EN', 'und', '', null, 'no', 'iw'].map(primaryLanguage)).toEqual([
      'de',
      'pt',
      'en',
      null,
      null,
      null,
      'nb',
      'he',
    ]);
    expect(['pl', 'de', 'es', 'nl'].map(nativeLanguageName)).toEqual(['Polski', 'Deutsch', 'Español', 'Nederlands']);
  });
});
