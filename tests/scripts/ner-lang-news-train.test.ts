import { describe, expect, it } from 'vitest';
import { LABELS, O } from '../../src/core/entities/model/labels';
import { goldLabels, langNewsTrain, langNewsTrainProblems, unquotedNames } from '../../scripts/ner/training-data';

const DIR = 'tests/fixtures/lang-news-train';

/** The documents of a language with the warnings the loader gave. */
function load(lang: string): { docs: ReturnType<typeof langNewsTrain>; warnings: string[] } {
  const warnings: string[] = [];
  return { docs: langNewsTrain(DIR, lang, (m) => warnings.push(m)), warnings };
}

/** Each name as its words and type, read back from the labels. */
function namesOf(words: string[][], labels: Uint8Array[]): string[] {
  const out: string[] = [];
  words.forEach((s, si) =>
    s.forEach((w, i) => {
      const label = LABELS[labels[si]?.[i] ?? O] ?? 'O';
      if (label.startsWith('B-')) out.push(`${label.slice(2)}:${w}`);
      else if (label.startsWith('I-')) out[out.length - 1] += ` ${w}`;
    }),
  );
  return out;
}

describe('our Spanish and Dutch news articles with name gold, for training (lang-news-train)', () => {
  it('loads the files of one language that pass the checker, and says loudly which it left out', () => {
    const es = load('es');
    expect(es.docs.map((d) => d.id)).toEqual(['es-t01']);
    expect(es.warnings).toHaveLength(3);
    expect(es.warnings[0]).toMatch(/es-t02\.json: LEFT OUT.*span .* is "Telefónica ", not "Telefónica"/);
    expect(es.warnings[1]).toMatch(/es-t03\.json: LEFT OUT.*both readings/);
    expect(es.warnings[2]).toMatch(/es-t04\.json: LEFT OUT, not JSON/);
    const nl = load('nl');
    expect(nl.docs.map((d) => d.id)).toEqual(['nl-t01']);
    expect(nl.warnings).toEqual([]);
    expect(load('de').docs).toEqual([]);
    expect(langNewsTrain('tests/fixtures/no-such-folder', 'es')).toEqual([]);
  });

  it('applies the checker’s rules', () => {
    const good = { id: 'nl-t07', lang: 'nl', readers: ['a', 'b'], text: 'Kop\n\nAjax won.', names: [] };
    expect(langNewsTrainProblems(good)).toEqual([]);
    const name = (start: number, end: number, text: string, type = 'ORG') => ({ start, end, text, type });
    expect(langNewsTrainProblems({ ...good, id: 'nl-7' })).toEqual(['id must be <en|es|nl>-t<NN>']);
    expect(langNewsTrainProblems({ ...good, lang: 'de' })).toEqual(['lang must be en, es or nl']);
    expect(langNewsTrainProblems({ ...good, text: 'Kop. Ajax won.' })).toHaveLength(1);
    expect(langNewsTrainProblems({ ...good, names: [name(5, 9, 'Ajax', 'TEAM')] })).toEqual([
      'bad type TEAM for "Ajax"',
    ]);
    expect(langNewsTrainProblems({ ...good, names: [name(5, 9, 'Ajax'), name(6, 9, 'jax')] })).toEqual([
      '"jax" at 6 overlaps or is out of order',
    ]);
    expect(langNewsTrainProblems(null).length).toBeGreaterThan(2);
  });

  it('is read as the language’s CoNLL text is: its sentences (the headline one of them), tokens and labels', () => {
    const doc = load('es').docs[0];
    if (!doc) throw new Error('no es-t01');
    const labelled = goldLabels(doc, 'es');
    expect(labelled.misaligned).toBe(0);
    expect(labelled.words[0]).toEqual(['Iberdrola', 'invierte', 'en', 'Valencia']);
    expect(labelled.words.at(-1)).toEqual(['El', 'Real', 'Madrid', 'no', 'comentó', '.']);
    expect(namesOf(labelled.words, labelled.labels)).toEqual([
      'ORG:Iberdrola',
      'LOC:Valencia',
      'ORG:Iberdrola',
      'LOC:Sagunto',
      'PER:Marta Gil',
      'ORG:Comisión Nacional de los Mercados y la Competencia',
      'MISC:" Horizonte Verde "',
      'ORG:Real Madrid',
    ]);
    // Spanish names are learnt without their quotation marks, as CoNLL's are.
    const unquoted = goldLabels(unquotedNames(doc), 'es');
    expect(namesOf(unquoted.words, unquoted.labels)).toContain('MISC:Horizonte Verde');
    const nl = load('nl').docs[0];
    if (!nl) throw new Error('no nl-t01');
    const dutch = goldLabels(nl, 'nl');
    expect(namesOf(dutch.words, dutch.labels)).toEqual([
      'ORG:Ajax',
      'LOC:Rotterdam',
      'ORG:Ajax',
      'ORG:Feyenoord',
      'LOC:De Kuip',
      'PER:Jan de Vries',
    ]);
  });
});
