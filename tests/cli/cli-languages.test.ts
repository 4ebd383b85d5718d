import { describe, expect, test } from 'vitest';
import { lede } from '../helpers/cli';

interface NerLine {
  id: string;
  lang: string;
  entities: { start: number; end: number; type: string }[];
  timex: { start: number; end: number; value: string }[];
}

describe('the command line in other languages', () => {
  test('lede ner --lang es: the Spanish model, Spanish dates; a line may name its own language', async () => {
    const es = 'El ministro Carlos Cuerpo dijo el martes en Madrid que el plan cambió desde el 1 de octubre de 2014.';
    const pl =
      'Minister Andrzej Domański powiedział we wtorek w Warszawie, że od 1 października 2014 wszystko się zmieniło.';
    const r = await lede(
      ['ner', '--lang', 'es'],
      [
        { id: 'es', text: es, dct: '2026-11-26' },
        { id: 'pl', text: pl, dct: '2026-11-26', lang: 'pl' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    expect(r.status).toBe(0);
    const [a, b] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as NerLine);
    expect(a?.lang).toBe('es');
    expect(a?.entities.map((e) => [es.slice(e.start, e.end), e.type])).toEqual(
      expect.arrayContaining([
        ['Carlos Cuerpo', 'PER'],
        ['Madrid', 'LOC'],
      ]),
    );
    expect(a?.timex.map((t) => [es.slice(t.start, t.end), t.value])).toEqual([
      ['martes', '2026-11-24'],
      ['1 de octubre de 2014', '2014-10-01'],
    ]);
    // Polish has no model: no names at all, its dates still read.
    expect(b).toMatchObject({ id: 'pl', lang: 'pl', entities: [] });
    expect(b?.timex.map((t) => t.value)).toEqual(['2026-11-24', '2014-10-01']);
  });

  test('lede annotate identifies the language of a page that declares none; its JSON carries it', async () => {
    const r = await lede(['annotate', 'tests/fixtures/pages/lang-de.html', '--format', 'json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as {
      language: Record<string, unknown>;
      entities: unknown[];
      dates: { value: string }[];
    };
    expect(a.language).toMatchObject({ code: 'de', method: 'detected', declared: null, names: false, name: 'Deutsch' });
    expect(a.entities).toEqual([]);
    expect(a.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2014-10-01', '2029']));
  });
});
