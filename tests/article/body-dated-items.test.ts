/**
 * A line that opens with a date and its credit is page furniture; an item of a dated
 * chronology is the story, even when its sentences name someone "by" whom something was done
 * (src/article/block-filter.ts, isDroppedBlock). Lines written for the project.
 */
import { describe, expect, test } from 'vitest';
import { isDroppedBlock } from '../../src/article/block-filter';

const block = (text: string) => ({ kind: 'list-item' as const, text, linkDensity: 0 });
const context = { title: null, authors: [] };

describe('a dated line', () => {
  test.each([
    'March 3, 2025 by Ana Lima',
    '5 March 2025, by Ana Lima and Tom Ortega',
    '12 June 2025 · Posted in Business',
    '2025-03-03 | Published by Harbour Daily',
  ])('%s is a credit, dropped', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(true);
  });

  test.each([
    'February 14, 2024: The Treasury first proposes a levy increase in its budget statement. It is dropped within weeks after protests by transporters.',
    'June 25, 2024: Protesters storm the hall during the vote, which was called by the speaker.',
    '3 March 2025. The harbour board, led by Ana Lima, approves the dredging plan.',
  ])('%s is an item of the story, kept', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(false);
  });
});
