import { afterEach, describe, expect, test } from 'vitest';
import { describeDate, ENGLISH_DATE_WORDS } from '../../src/core/dates/label';
import { dateWords } from '../../src/shared/date-words';
import { useCatalogue } from '../../src/shared/i18n';
import { catalogue, LOCALES } from '../helpers/catalogue';

afterEach(() => useCatalogue(catalogue('en')));

/** Values with every kind of wording the card and the hover card show. */
const VALUES: [string, string | undefined, string | undefined][] = [
  ['2024-03', undefined, 'START'],
  ['2029', undefined, 'END'],
  ['2024-Q1', undefined, 'MID'],
  ['199', undefined, undefined],
  ['199', undefined, 'START'],
  ['20', undefined, undefined],
  ['19', undefined, 'END'],
  ['2019-11-19TNI', undefined, undefined],
  ['2019-11-19TMO', undefined, undefined],
  ['2017-W45', undefined, undefined],
  ['2019-W46-WE', undefined, undefined],
  ['2025-FA', undefined, undefined],
  ['2024-H2', undefined, undefined],
  ['XXXX-WI', undefined, undefined],
];

describe('date words in the reader’s language', () => {
  test('English from the catalogue is word for word what core writes (the command line’s words)', () => {
    useCatalogue(catalogue('en'));
    for (const [value, end, mod] of VALUES)
      expect(describeDate(value, end, mod, 'en', dateWords())).toBe(
        describeDate(value, end, mod, 'en', ENGLISH_DATE_WORDS),
      );
  });

  test('a Spanish card says "principios de marzo de 2024", not "early marzo de 2024"', () => {
    useCatalogue(catalogue('es'));
    const es = (value: string, mod?: string): string => describeDate(value, undefined, mod, 'es', dateWords());
    expect(es('2024-03', 'START')).toBe('principios de marzo de 2024');
    expect(es('2029', 'END')).toBe('finales de 2029');
    expect(es('199', 'START')).toBe('principios de la década de 1990');
    expect(es('19', 'END')).toBe('finales del siglo XX');
    expect(es('2025-FA')).toBe('otoño de 2025');
    expect(es('2019-11-19TNI')).toMatch(/^19 nov 2019, por la noche$/u);
  });

  test('German and French: their own words and numerals', () => {
    useCatalogue(catalogue('de'));
    expect(describeDate('2029', undefined, 'END', 'de', dateWords())).toBe('Ende 2029');
    expect(describeDate('19', undefined, undefined, 'de', dateWords())).toBe('das 20. Jahrhundert');
    useCatalogue(catalogue('fr'));
    expect(describeDate('19', undefined, 'START', 'fr', dateWords())).toBe('début du XXe siècle');
    expect(describeDate('2017-W45', undefined, undefined, 'fr', dateWords())).toMatch(/^semaine du 6 nov\. 2017$/u);
  });

  test('no English word is left in another language’s wording', () => {
    // English words that are not also words of these languages ("week", "half", "Winter" are Dutch or German).
    const english = /\b(?:early|mid|late|of|night|morning|century|Spring|Summer|Autumn|unspecified)\b/u;
    for (const lang of LOCALES.filter((l) => l !== 'en')) {
      useCatalogue(catalogue(lang));
      for (const [value, end, mod] of VALUES)
        expect(describeDate(value, end, mod, lang, dateWords()), `${lang} ${value} ${mod}`).not.toMatch(english);
    }
  });
});
