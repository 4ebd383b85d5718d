import { describe, expect, test } from 'vitest';
import { withoutSchoolYears } from '../../src/core/entities/misc-school-years';
import type { EntityMention } from '../../src/core/types';

const at = (block: string, t: string, type: EntityMention['type'] = 'OTHER'): EntityMention => {
  const start = block.indexOf(t);
  return { blockId: 0, start, end: start + t.length, text: t, type };
};

describe('a school year by its number is no name (misc-school-years)', () => {
  test('"Class 12", "Class VIII" and "Year 11" are dropped; the board and "Form 1040" stay', () => {
    const block = 'The CBSE declared the Class 12 results; a Class VIII certificate; Year 11 pupils; Form 1040.';
    const ms = [
      at(block, 'CBSE', 'ORG'),
      at(block, 'Class 12'),
      at(block, 'Class VIII'),
      at(block, 'Year 11'),
      at(block, 'Form 1040'),
    ];
    expect(withoutSchoolYears(ms).map((m) => m.text)).toEqual(['CBSE', 'Form 1040']);
  });

  test('mentions without a school year are returned as they are', () => {
    const block = 'The Year of the Rabbit began as Classic FM played.';
    const ms = [at(block, 'Year of the Rabbit'), at(block, 'Classic FM', 'ORG')];
    expect(withoutSchoolYears(ms)).toBe(ms);
  });
});
