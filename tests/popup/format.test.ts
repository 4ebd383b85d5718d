import { describe, expect, test } from 'vitest';
import { entrySentence, formatDate, snippet } from '../../src/popup/format';
import { clipAround } from '../../src/core/segment/clip';

describe('formatDate: the header in the same zone as the timeline', () => {
  test('a time with its offset is shown as the page wrote it, whatever the reader’s zone', () => {
    // 22:32 in New York is 03:32 the next day in UTC: the page's day and hour are kept.
    const shown = formatDate('2025-03-05T22:32:00-05:00', 'en-GB');
    expect(shown).toContain('5 Mar 2025');
    expect(shown).toContain('22:32');
    expect(formatDate('2025-03-06T03:32:00Z', 'en-GB')).toContain('03:32');
    expect(formatDate('2025-03-06T09:02:00+05:30', 'en-GB')).toMatch(/6 Mar 2025.*09:02/u);
  });

  test('a calendar date stays that day; an unreadable value is shown as it is', () => {
    expect(formatDate('2025-03-05', 'en-GB')).toBe('5 Mar 2025');
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});

describe('a timeline entry’s sentence', () => {
  const block = {
    id: 3,
    text:
      'Barge operators on the Rhine are carrying barely a third of their usual cargo after the water level at ' +
      'Kaub fell to 38 centimetres on Tuesday, the lowest reading for mid-August since records began in 1930. ' +
      'Shippers said more in 2019.',
  };
  const at = block.text.indexOf('1930');

  test('a sentence the analysis cut before its date is read whole from its block, to its end', () => {
    const cutShort = { sentence: `${block.text.slice(0, 120)}…`, text: '1930', blockId: 3, start: at };
    const whole = entrySentence(cutShort, [block]);
    expect(whole.text.endsWith('since records began in 1930.')).toBe(true);
    expect(whole.text.slice(whole.at, whole.at + 4)).toBe('1930');
    const cut = snippet(whole.text, '1930', 90, whole.at);
    expect(cut.match).toBe('1930');
    expect(cut.before.endsWith('since records began in ')).toBe(true);
    expect(cut.after).toBe('.');
  });

  test('a sentence cut after its date is read whole too: no word broken at the cut ("began i…")', () => {
    const mid = block.text.indexOf('mid-August');
    const cutShort = { sentence: `${block.text.slice(0, 190)}…`, text: 'mid-August', blockId: 3, start: mid };
    const whole = entrySentence(cutShort, [block]);
    expect(whole.text.endsWith('since records began in 1930.')).toBe(true);
    expect(whole.text.slice(whole.at, whole.at + 10)).toBe('mid-August');
  });

  test('a whole sentence is kept; without its block the entry’s own sentence is used', () => {
    const second = block.text.indexOf('Shippers');
    const d = { sentence: 'Shippers said more in 2019.', text: '2019', blockId: 3, start: block.text.indexOf('2019') };
    expect(entrySentence(d, [block])).toEqual({ text: d.sentence, at: d.start - second });
    expect(entrySentence(d, undefined)).toEqual({ text: d.sentence, at: d.sentence.indexOf('2019') });
  });

  test('the snippet marks the date at its own place, not an earlier one of the same words', () => {
    const sentence = 'In 2019 the plan of 2019 was dropped.';
    expect(snippet(sentence, '2019', 90, 20)).toEqual({
      before: 'In 2019 the plan of ',
      match: '2019',
      after: ' was dropped.',
    });
  });
});

describe('a long sentence cut around its date (the hover card)', () => {
  const sentence = `${'word '.repeat(60)}since records began in 1930, the lowest.`;
  const at = sentence.indexOf('1930');

  test('the date stays in, with "…" where words were left out', () => {
    const cut = clipAround(sentence, at, at + 4, 120);
    expect(cut).toContain('began in 1930, the lowest.');
    expect(cut.startsWith('…word')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(122);
  });

  test('a short sentence is unchanged; an unknown place cuts from the start', () => {
    expect(clipAround('In 2019.', 3, 7, 120)).toBe('In 2019.');
    // At a word: "word word … word…", never "… wo…".
    const start = clipAround(sentence, -1, -1, 50);
    expect(start).toMatch(/^(?:word )+word…$/u);
    expect(start.length).toBeLessThanOrEqual(50);
  });
});
