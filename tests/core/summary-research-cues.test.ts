import { describe, expect, test } from 'vitest';
import { genreOf } from '../../src/core/summary/genre';

// Genre detection (issue 16): a research page whose address and section say nothing, read as
// news, never gets the research story's cue (its finding). What a study, a trial or a paper says
// of itself in its opening or over its text, however long the page. Texts of our own.

/** A long page: more sentences than the lexical rules read (a trial's record, a long report). */
const longTail = Array.from({ length: 80 }, (_, i) => `Row ${i + 1} of the table lists one more visit.`);

describe('a research page known by the study it names in its opening', () => {
  test.each([
    ['The purpose of this research study is to evaluate a new blood test for kidney disease.'],
    ['The aim of the clinical trial is to measure how fast the wound heals.'],
    ['A new study investigates why some people remember their dreams and others do not.'],
    ['New research suggests that city parks cool the streets around them by two degrees.'],
    ['Children who nap sleep better at night, according to a new study of 300 families.'],
    ['The results were published in the journal Marine Biology on Tuesday.'],
  ])('%j makes a long page science', (sentence) => {
    const opening = ['The harbour town has changed a great deal since the war.', sentence];
    const all = [...opening, ...longTail];
    expect(genreOf(opening, all, { title: 'Notes from the harbour' })).toBe('science');
  });

  test.each([
    // A study that is only a room, a plan to study, research as a verb: no research story.
    ['She read in the study until midnight, as she had every night that winter.'],
    ['The council will study the plans for the new bridge next month.'],
    ['Officials said they would publish the report in the spring.'],
  ])('%j says nothing', (sentence) => {
    const opening = ['The harbour town has changed a great deal since the war.', sentence];
    const all = [...opening, ...longTail];
    expect(genreOf(opening, all, { title: 'Notes from the harbour' })).toBe('other');
  });

  test('a study named further down than the opening says nothing', () => {
    const opening = [
      'The harbour town has changed a great deal since the war.',
      'Fishing boats still leave before dawn.',
      'The market opens at six.',
      'Tourists come in the summer.',
      'The school has two hundred pupils.',
      'A new study investigates why the fish have moved north.',
    ];
    expect(genreOf(opening, [...opening, ...longTail], { title: 'Notes from the harbour' })).toBe('other');
  });

  test('a paper’s abstract heading or its DOI over its text makes it science', () => {
    const opening = ['Soil in old orchards holds more carbon than soil in new ones.'];
    const meta = { title: 'Carbon in orchard soils' };
    expect(genreOf(opening, opening, { ...meta, lines: ['New Results', 'Abstract', opening[0]!] })).toBe('science');
    expect(genreOf(opening, opening, { ...meta, lines: ['doi: https://doi.org/10.1101/123456', opening[0]!] })).toBe(
      'science',
    );
    // The word inside a sentence, or a line that only begins with it, is no heading.
    expect(genreOf(opening, opening, { ...meta, lines: ['Abstract art sold well at the fair.', opening[0]!] })).toBe(
      'other',
    );
    expect(genreOf(opening, opening, { ...meta, lines: [opening[0]!] })).toBe('other');
  });
});
