/**
 * India's festivals are dates, not names (src/core/entities/holidays.ts; lang-news.md, en-train8:
 * "`Makar Sankranti` stay dates", "`Chhath Puja` dates"). On mentions as a tagger might type
 * them, from sentences we wrote, and through the English model.
 */
import { describe, expect, test } from 'vitest';
import { withoutHolidays } from '../../src/core/entities/holidays';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('an Indian festival', () => {
  test('is dropped whatever its type; a longer name holding one stays', () => {
    const a =
      'Trains fill before Dhanteras, Chhath Puja and Makar Sankranti, and the Chhath Seva Samiti runs camps in Patna for Chhath.';
    const out = withoutHolidays(new Map([[0, a]]), [
      mention(a, 'Dhanteras', 'PERSON'),
      mention(a, 'Chhath Puja', 'ORG'),
      mention(a, 'Makar Sankranti', 'PERSON'),
      mention(a, 'Chhath Seva Samiti', 'ORG'),
      mention(a, 'Patna', 'PLACE'),
      mention(a, 'Chhath', 'ORG', 2),
    ]);
    expect(shown(out)).toEqual(['Chhath Seva Samiti/ORG', 'Patna/PLACE']);
  });
});

describe('through the model', () => {
  test('a travel story names no festival', () => {
    const text =
      'Railways will run 200 extra trains before Chhath, when migrant workers head home to Bihar, and the rush peaks on Dhanteras.';
    const out = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .map((m) => m.text);
    expect(out).toContain('Bihar');
    expect(out.filter((t) => t === 'Chhath' || t === 'Dhanteras')).toEqual([]);
  });
});
