/**
 * What the Spanish model reads in its own language (language-cues.ts): its link words and
 * runs, the sports-story evidence, names in quotation marks; and that English reads none of
 * it.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/cli/model';
import { glued, ModelRecogniser, sentencesOf, withQuotes } from '../../src/core/entities/model-recogniser';
import { CLUE2, prepareDoc } from '../../src/core/entities/model/document';
import { cuesOf, sportLevel } from '../../src/core/entities/model/language-cues';
import { NerModel } from '../../src/core/entities/model/model';

const es = NerModel.fromBytes(readFileSync(modelPath('es')));

function prepared(text: string, lang: string): ReturnType<typeof prepareDoc> {
  const sentences = sentencesOf([{ id: 0, kind: 'paragraph', text }], lang);
  return prepareDoc(
    sentences.map((s) => s.tokens.map((t) => t.text)),
    es.gazetteers,
    undefined,
    lang,
  );
}

/** The clue bits (CLUE2) of a word of the document. */
function clues2(doc: ReturnType<typeof prepareDoc>, word: string): number {
  for (const s of doc.sentences)
    for (let i = 0; i < s.words.length; i++) if (s.words[i]?.text === word) return doc.clues2[s.ids[i] as number] ?? 0;
  throw new Error(`no ${word}`);
}

describe('language cues', () => {
  test('English has none; Spanish and Dutch have their own', () => {
    expect(cuesOf('en')).toBeNull();
    expect(cuesOf(undefined)).toBeNull();
    expect(cuesOf('es')?.links.has('para')).toBe(true);
    expect(cuesOf('nl')?.endings.has("'s")).toBe(true);
    expect(cuesOf('nl')?.sport).toBeNull();
  });

  test('how much of a sports story a text is', () => {
    const cues = cuesOf('es')!;
    const sport = cues.sport!;
    expect(sportLevel('el gobierno aprobó hoy la ley'.split(' '), sport)).toBe(0);
    expect(sportLevel('el equipo ganó el partido de liga con dos goles del delantero'.split(' '), sport)).toBe(2);
  });

  test('a results list and a club article are seen in Spanish, not in English', () => {
    const text = 'Amonestación a Recoba (Mérida) y Suárez (Toledo). El entrenador del Barcelona ganó la liga.';
    const doc = prepared(text, 'es');
    expect(doc.sport).toBeGreaterThan(0);
    expect(clues2(doc, 'Mérida') & CLUE2.IN_BRACKETS_AFTER_NAME).toBeTruthy();
    expect(clues2(doc, 'Recoba') & CLUE2.BEFORE_BRACKETED_NAME).toBeTruthy();
    expect(clues2(doc, 'Barcelona') & CLUE2.AFTER_CLUB_ARTICLE).toBeTruthy();
    const en = prepared(text, 'en');
    expect(en.cues).toBeNull();
    expect(en.sport).toBe(0);
    expect(en.clues2.every((c) => c === 0)).toBe(true);
  });

  test('a Spanish run goes on through two links; an English one through one', () => {
    const run = (lang: string): number => {
      const s = prepared('Hoy votó el Congreso de los Diputados en pleno.', lang).sentences[0]!;
      const i = s.words.findIndex((w) => w.text === 'Congreso');
      return (s.runEnd[i] as number) - i;
    };
    expect(run('es')).toBe(4);
    expect(run('en')).toBe(1);
  });
});

describe("Dutch names with 's", () => {
  test("a name goes on through the 's the tokens split off, in Dutch only", () => {
    const text = "Alle Hutu's en Tutsi's vluchtten naar Tanzania, zegt India's minister.";
    const names = (lang: string): string[] =>
      ModelRecogniser.fromModel(NerModel.fromBytes(readFileSync(modelPath(lang))))
        .recognise([{ id: 0, kind: 'paragraph', text }])
        .map((m) => m.text);
    expect(names('nl')).toEqual(expect.arrayContaining(["Hutu's", "Tutsi's", "India's"]));
    expect(names('es').some((n) => n.endsWith("'s"))).toBe(false);
  });
});

test('names glued by "&" or "/" are one; names apart stay apart', () => {
  const text = 'La empresa ESES&S y el PSE/EE, y Telesp y Tele Sudeste.';
  const at = (start: number, s: string, type: 'ORG' | 'PLACE' = 'ORG') => {
    const from = text.indexOf(s, start);
    return { blockId: 0, start: from, end: from + s.length, text: s, type };
  };
  const mentions = [
    at(0, 'ESES', 'PLACE'),
    at(15, 'S', 'PLACE'),
    at(0, 'PSE'),
    at(26, 'EE'),
    at(0, 'Telesp'),
    at(0, 'Tele Sudeste'),
  ];
  expect(glued(new Map([[0, text]]), mentions).map((m) => `${m.text}/${m.type}`)).toEqual([
    'ESES&S/ORG',
    'PSE/EE/ORG',
    'Telesp/ORG',
    'Tele Sudeste/ORG',
  ]);
});

describe('names in quotation marks (Spanish)', () => {
  test('a name just inside straight quotes takes them, with a space inside the marks', () => {
    const t = 'la red "El Brezo" presentó y " Reforma " dijo';
    const at = (s: string): [number, number] => [t.indexOf(s), t.indexOf(s) + s.length];
    expect(withQuotes(t, ...at('El Brezo'))).toEqual(at('"El Brezo"'));
    expect(withQuotes(t, ...at('Reforma'))).toEqual(at('" Reforma "'));
    // Not when only one side has a mark, or the quote holds more than the name.
    expect(withQuotes('"El Brezo presentó', 1, 9)).toEqual([1, 9]);
    expect(withQuotes('"Lo dijo Juan"', 9, 13)).toEqual([9, 13]);
  });

  test('the Spanish model reads the marks with the name; English never adds them', () => {
    const text = 'La asociación "Manos Unidas" presentó hoy en Madrid su informe anual.';
    const names = (r: ModelRecogniser): string[] =>
      r.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => m.text);
    expect(names(ModelRecogniser.fromModel(es))).toContain('"Manos Unidas"');
    const en = ModelRecogniser.fromModel(NerModel.fromBytes(readFileSync(modelPath())));
    expect(names(en).some((n) => n.includes('"'))).toBe(false);
  });
});
