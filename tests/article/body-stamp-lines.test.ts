/**
 * A line of publication stamps is page furniture in the languages Lede reads, with the
 * "06h00" clock of Portuguese and French pages and a time given relative to now ("Atualizado
 * há 2 horas", "3 uur geleden"); a sentence of the story that holds a date or an "ago" is
 * kept (src/article/block-filter.ts, isDroppedBlock). Lines written for the project.
 */
import { describe, expect, test } from 'vitest';
import { isDroppedBlock } from '../../src/article/block-filter';

const block = (text: string) => ({ kind: 'paragraph' as const, text, linkDensity: 0 });
const context = { title: null, authors: [] };

describe('a line of stamps', () => {
  test.each([
    '03/03/2025 07h15 Atualizado há 3 horas',
    'Gepubliceerd 3 maart 2025, 09:14 Aangepast 3 maart 2025, 11:40',
    'Bijgewerkt 3 uur geleden',
    'Pubblicato il 3 marzo 2025 alle 10:12',
    '3 mars 2025 à 10h12',
    '20 min ago',
  ])('%s is dropped', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(true);
  });

  test.each([
    'The harbour board approved the plan 2 days ago, after a vote that took three hours.',
    'O porto foi reaberto há 2 semanas, depois de uma obra de três anos.',
    'De haven ging 3 uur geleden weer open, meldt de gemeente.',
  ])('%s is a sentence of the story, kept', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(false);
  });
});
