import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/core/analyse';
import { recogniserFor } from '../../../src/cli/model';
import { identifyLanguage } from '../../../src/core/language/identify';
import { articleOf, DUTCH, ENGLISH, GERMAN, POLISH, SPANISH } from './fixtures';

const now = new Date('2026-11-27T00:00:00Z');
const read = (article: ReturnType<typeof articleOf>) => {
  const language = identifyLanguage(article);
  return analyse(article, { now, recogniser: recogniserFor(language.code), language, recogniserFor });
};
const names = (a: ReturnType<typeof analyse>): string[] => a.entities.map((e) => e.name).sort();

describe('the analysis in each language', () => {
  test('Spanish and Dutch: names by their own models, dates by their own parsers', () => {
    const es = read(articleOf(SPANISH, { lang: 'es' }));
    expect(es.language).toMatchObject({ code: 'es', names: true, dates: true, name: 'Español' });
    expect(names(es)).toEqual(expect.arrayContaining(['Carlos Cuerpo', 'Madrid', 'Partido Popular']));
    expect(es.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2014-10-01', '2029']));
    const nl = read(articleOf(DUTCH));
    expect(nl.language).toMatchObject({ code: 'nl', names: true, method: 'detected' });
    expect(names(nl)).toEqual(expect.arrayContaining(['Eelco Heinen', 'Den Haag', 'Tweede Kamer']));
  });

  test('German and Polish: no model, so no names at all (never the English model), dates still read', () => {
    for (const text of [GERMAN, POLISH]) {
      const a = read(articleOf(text, { lang: 'en' }));
      expect(a.language?.names).toBe(false);
      expect(a.entities).toEqual([]);
      expect(a.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2014-10-01', '2026-11-24']));
    }
  });

  test('the summary is cut by the language: "1. Oktober" stays in its sentence', () => {
    const a = read(articleOf(GERMAN));
    expect(a.summary.length).toBeGreaterThan(0);
    for (const s of a.summary) expect(s.text).not.toMatch(/nach dem 1\.$/u);
    expect(a.summary.map((s) => s.text).join(' ')).not.toMatch(/^Oktober/mu);
  });

  test('an English paragraph on a German page: its names by the English model, the German ones silent', () => {
    const a = read(articleOf([...GERMAN, ENGLISH.join(' ')]));
    expect(a.language).toMatchObject({ code: 'de', otherBlocks: [{ blockId: 2, lang: 'en' }] });
    expect(a.entities.flatMap((e) => e.mentions.map((m) => m.blockId))).toEqual(expect.arrayContaining([2]));
    expect(a.entities.every((e) => e.mentions.every((m) => m.blockId === 2))).toBe(true);
    expect(names(a)).toEqual(expect.arrayContaining(['Katrin Vogel', 'London']));
    const ids = a.dates.map((d) => d.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
  });
});
