/**
 * The model host and languages: a page's language picks its model, loaded the first time a
 * page in that language needs it; an English page loads only the English model, a page in a
 * language without a model loads none and shows no names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ModelHost } from '../../src/background/model-host';
import { modelPath } from '../../src/cli/model';
import type { NameLanguage } from '../../src/core/language/languages';
import { articleOf, ENGLISH, POLISH, SPANISH } from '../core/languages/fixtures';

function host(): { model: ModelHost; fetched: NameLanguage[] } {
  const fetched: NameLanguage[] = [];
  const model = new ModelHost(async (lang) => {
    fetched.push(lang);
    const bytes = readFileSync(modelPath(lang));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
  return { model, fetched };
}

describe('the model host, by language', () => {
  test('an English page loads the English model and nothing else', async () => {
    const { model, fetched } = host();
    const a = await model.analyse(articleOf(ENGLISH, { lang: 'en' }), false, 1);
    expect(a.language).toMatchObject({ code: 'en', names: true });
    expect(a.entities.map((e) => e.name)).toContain('Katrin Vogel');
    expect(fetched).toEqual(['en']);
  });

  test('a Spanish page loads the Spanish model once, when it first needs it', async () => {
    const { model, fetched } = host();
    await model.analyse(articleOf(ENGLISH, { lang: 'en' }), false, 1);
    const a = await model.analyse(articleOf(SPANISH, { lang: 'es' }), false, 1);
    await model.analyse(articleOf(SPANISH, { lang: 'es' }), false, 2);
    expect(fetched).toEqual(['en', 'es']);
    expect(a.language).toMatchObject({ code: 'es', names: true, method: 'declared-confirmed' });
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Carlos Cuerpo', 'Madrid']));
  });

  test('a Polish page loads no model and shows no names, only its dates', async () => {
    const { model, fetched } = host();
    const a = await model.analyse(articleOf(POLISH), false, 1);
    expect(fetched).toEqual([]);
    expect(a.language).toMatchObject({ code: 'pl', names: false, name: 'Polski', method: 'detected' });
    expect(a.entities).toEqual([]);
    expect(a.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2014-10-01', '2026-11-24']));
  });
});
