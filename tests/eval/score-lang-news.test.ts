import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the evaluation scripts, without types
import { scoreLangNews } from '../../scripts/eval/score-lang-news.mjs';
// @ts-expect-error: a plain ES module of the gold scripts, without types
import { articleText, occurrences, sha256 } from '../../scripts/gold/lang-news.mjs';

/** Two blocks, as Lede extracts them; the gold points into them joined by a blank line. */
const blocks = [
  { id: 0, kind: 'paragraph', text: 'El Gobierno aprobó ayer la ley.' },
  { id: 1, kind: 'paragraph', text: 'Se votará el jueves a las 10 horas, del 3 al 5 de marzo, cada lunes.' },
];
const text = articleText({ blocks });
const span = (t: string, extra: object, occurrence = 1) => {
  const start = occurrences(text, t)[occurrence - 1] as number;
  return { text: t, occurrence, start, end: start + t.length, ...extra };
};
const gold = (lang: string, names: boolean, split = 'train') => ({
  id: `${lang}-1`,
  lang,
  split,
  sha256: sha256(text),
  dates: [
    span('ayer', { value: '2025-03-12' }),
    span('el jueves', { value: '2025-03-20' }),
    span('a las 10 horas', { value: '2025-03-20T10:00' }),
    span('del 3 al 5 de marzo', { value: '2025-03-03/2025-03-05' }),
    span('cada lunes', { value: '-' }),
  ],
  ...(names ? { names: [span('Gobierno', { type: 'ORG' })] } : {}),
});
/** A mention of Lede's in block `blockId` at the first occurrence of `t`. */
const mention = (blockId: number, t: string, extra: object) => {
  const start = (blocks[blockId] as { text: string }).text.indexOf(t);
  return { blockId, start, end: start + t.length, text: t, ...extra };
};

describe('the lang-news scorer', () => {
  const analysis = {
    blocks,
    language: { code: 'es', method: 'declared-confirmed' },
    dates: [
      mention(0, 'ayer', { value: '2025-03-12' }),
      // A day and its time read as one: right for both gold spans.
      mention(1, 'jueves a las 10', { value: '2025-03-20T10:00' }),
      // A range: value and endValue.
      mention(1, '3 al 5 de marzo', { value: '2025-03-03', endValue: '2025-03-05' }),
      // On a "-" span: neither right nor wrong.
      mention(1, 'lunes', { value: '2025-03-17' }),
      mention(1, 'votará', { value: '2025-01-01' }),
    ],
    entities: [{ mentions: [mention(0, 'Gobierno', { type: 'ORG' }), mention(0, 'El', { type: 'OTHER' })] }],
  };

  test('language, dates right and shown, names by exact span and type', () => {
    const { figures } = scoreLangNews([{ gold: gold('es', true), analysis }]);
    expect(figures['lang-news.language']).toBe(1);
    expect(figures['lang-news.dates.right']).toBe(1);
    // Three of Lede's four counted dates are right; "votará" is not a gold date.
    expect(figures['lang-news.dates.precision']).toBe(0.75);
    // One name right, one not gold: P 0.5, R 1.
    expect(figures['lang-news.names.F1']).toBe(0.667);
  });

  test('names on a page without a model break the silence; a wrong language counts', () => {
    const { figures } = scoreLangNews([{ gold: gold('de', false), analysis }]);
    expect(figures['lang-news.silent']).toBe(0);
    expect(figures['lang-news.language']).toBe(0);
    expect(figures['lang-news.names.F1']).toBeUndefined();
  });

  test('a date with another value, or no date at all, is missed', () => {
    const wrong = { ...analysis, dates: [mention(0, 'ayer', { value: '2025-03-11' })] };
    const { figures, docs } = scoreLangNews([{ gold: gold('es', true), analysis: wrong }]);
    expect(figures['lang-news.dates.right']).toBe(0);
    expect(figures['lang-news.dates.precision']).toBe(0);
    expect(docs[0].missed[0]).toBe('ayer=2025-03-12 (Lede: ayer=2025-03-11)');
  });

  test('the second blind set (fresh2) is reported apart, per language and per type, and kept out of all', () => {
    const wrong = { ...analysis, dates: [mention(0, 'ayer', { value: '2025-03-11' })] };
    const { figures, lines } = scoreLangNews([
      { gold: gold('es', true), analysis },
      { gold: gold('es', true, 'fresh2'), analysis: wrong },
    ]);
    expect(figures['lang-news.dates.right']).toBe(1);
    expect(figures['lang-news.fresh2.dates.right']).toBe(0);
    expect(figures['lang-news.fresh2.es.names.F1']).toBe(0.667);
    expect(figures['lang-news.fresh2.nl.names.F1']).toBeUndefined();
    const line = lines.find((l: string) => l.startsWith('[lang-news fresh2'));
    // "Gobierno" right as ORG; "El" shown as MISC is not gold.
    expect(line).toContain('ORG=1.000 (1 gold, 1 shown)');
    expect(line).toContain('MISC=0.000 (0 gold, 1 shown)');
    expect(lines.some((l: string) => l.includes('es fresh2'))).toBe(true);
  });

  test('timeline entries: right on a gold date with its value, not counted on a "-" span, wrong elsewhere', () => {
    const timeline = [
      mention(0, 'ayer', { value: '2025-03-12' }),
      mention(1, '3 al 5 de marzo', { value: '2025-03-03', endValue: '2025-03-05' }),
      mention(1, 'lunes', { value: '2025-03-17' }),
      mention(1, 'jueves', { value: '2025-03-27' }),
      mention(1, 'votará', { value: '2025-01-01' }),
    ];
    const { figures, docs } = scoreLangNews([{ gold: gold('es', true), analysis: { ...analysis, timeline } }]);
    expect(figures['lang-news.timeline']).toBe(0.5);
    expect(docs[0].timelineWrong).toEqual([
      'jueves=2025-03-27 (gold 2025-03-20)',
      'votará=2025-01-01 (not a gold date)',
    ]);
  });

  test('English pages (names from its own model, not silent) are reported apart and kept out of all', () => {
    const en = { ...gold('en', false, 'en-fresh'), id: 'en-11' };
    const { figures, lines } = scoreLangNews([
      { gold: gold('es', true), analysis },
      { gold: en, analysis: { ...analysis, language: { code: 'en', method: 'declared-confirmed' } } },
    ]);
    expect(figures['lang-news.en-fresh.language']).toBe(1);
    expect(figures['lang-news.en-fresh.silent']).toBeUndefined();
    expect(figures['lang-news.silent']).toBeUndefined();
    expect(lines.some((l: string) => l.startsWith('[lang-news en-fresh, measure only]'))).toBe(true);
  });

  test('the English blind sets are pooled apart from the train sets, and the Spanish pages are in neither', () => {
    const blind = [
      { ...gold('en', false, 'en-fresh'), id: 'en-11' },
      { ...gold('en', false, 'en-fresh4'), id: 'en-170' },
    ];
    const train = { ...gold('en', false, 'en-train2'), id: 'en-31' };
    const english = { ...analysis, language: { code: 'en', method: 'declared-confirmed' } };
    const { figures, lines } = scoreLangNews([
      { gold: gold('es', true), analysis },
      ...blind.map((g) => ({ gold: g, analysis: english })),
      { gold: train, analysis: { ...english, language: { code: 'de', method: 'detected' } } },
    ]);
    expect(lines.find((l: string) => l.startsWith('[lang-news en-blind-pooled, measure only]'))).toContain('(2/2)');
    expect(figures['lang-news.en-blind-pooled.language']).toBe(1);
    expect(figures['lang-news.en-train-pooled.language']).toBe(0);
  });
});
