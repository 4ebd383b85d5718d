/**
 * The entity model on text built to hurt: it never throws, its spans stay inside the text,
 * and its time grows in proportion to the length.
 */
import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../src/cli/model';
import type { EntityMention } from '../../src/core/types';

const recogniser = loadRecogniser();
const run = (text: string): EntityMention[] => recogniser.recognise([{ id: 0, kind: 'paragraph', text }]);

const SENTENCE = 'Officials in Kyiv said on Tuesday that Olena Kovalenko of the Red Cross would visit Odesa. ';

function expectInside(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('hostile text for the entity model', () => {
  test.each([
    ['empty text', ''],
    ['white space only', ' \n\t \n'],
    ['emoji', '🎉🔥👍 🇺🇦🇺🇦 😀😀😀 👩‍👩‍👧‍👦 '.repeat(50)],
    ['Cyrillic', 'Президент Владимир Зеленский встретился в Киеве с делегацией Европейского союза. '.repeat(20)],
    ['Chinese', '习近平周二在北京会见了来访的法国总统马克龙。'.repeat(20)],
    ['Arabic', 'التقى الرئيس الفرنسي إيمانويل ماكرون بنظيره المصري في القاهرة يوم الثلاثاء. '.repeat(20)],
    ['ALL CAPS', SENTENCE.toUpperCase().repeat(20)],
    ['digits and symbols', '1,234.56 +/- 78% @ $9.99 #42 &&& ||| ... --- '.repeat(100)],
    ['one enormous word', 'A'.repeat(100_000)],
  ])('%s: no throw, spans inside the text', (_label, text) => {
    expectInside(text, run(text));
  });

  test('a 1 MB text in time proportional to its length', () => {
    const small = SENTENCE.repeat(1_100);
    const big = SENTENCE.repeat(11_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    run(small);
    const t0 = performance.now();
    run(small);
    const t1 = performance.now();
    const mentions = run(big);
    const t2 = performance.now();
    expectInside(big, mentions.slice(0, 200));
    expect(mentions.filter((m) => m.text === 'Kyiv').length).toBeGreaterThan(10_000);
    // Ten times the text, at most ~25 times the time (machines are noisy; quadratic would be 100).
    expect((t2 - t1) / Math.max(1, t1 - t0)).toBeLessThan(25);
  }, 60_000);
});
