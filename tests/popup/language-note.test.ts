import { describe, expect, test } from 'vitest';
import { datesUnavailable, languageFact, namesUnavailable } from '../../src/popup/language-note';
import type { LanguageAnalysis } from '../../src/core/types';

const language = (patch: Partial<LanguageAnalysis>): LanguageAnalysis => ({
  code: 'pl',
  method: 'declared-confirmed',
  declared: 'pl',
  detected: 'pl',
  detector: 'tinyld',
  name: 'Polski',
  names: false,
  dates: true,
  ...patch,
});

describe("the card's words about the language", () => {
  test('a language without a model: names are not available, said plainly', () => {
    expect(namesUnavailable(language({}))).toBe('Names are not available for Polski yet.');
    expect(namesUnavailable(language({ code: 'es', name: 'Español', names: true }))).toBeNull();
    expect(namesUnavailable(language({ code: 'und', name: 'und' }))).toMatch(/could not tell the language/);
    expect(datesUnavailable(language({ code: 'ko', name: '한국어', dates: false }))).toBe(
      'Dates are not available for 한국어 yet (years only).',
    );
  });

  test('the header names the language and how it was decided', () => {
    expect(languageFact(language({}), 'pl')).toEqual({
      label: 'Polish',
      title: 'Language: Polish, as the page declares and its text shows',
      lang: 'pl',
    });
    expect(
      languageFact(language({ code: 'de', method: 'detected', declared: null, name: 'Deutsch' }), null),
    ).toMatchObject({
      label: 'German (detected)',
    });
    expect(languageFact(undefined, 'fr')).toMatchObject({ label: 'French' });
    expect(languageFact(language({ code: 'und', method: 'unknown' }), null)).toBeNull();
  });
});
