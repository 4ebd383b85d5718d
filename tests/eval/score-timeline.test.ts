import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the evaluation scripts, without types
import { scoreTimeline } from '../../scripts/eval/score-timeline.mjs';

describe('the timeline check-set scorer', () => {
  const text = 'Talks resumed on Tuesday. The plant opened in 1998. Euro 2020 qualifying is over.';
  const block = { id: 0, kind: 'paragraph', text };
  const entry = (t: string, value: string) => {
    const start = text.indexOf(t);
    return { mentionId: 1, value, certainty: 'exact', text: t, sentence: '', blockId: 0, start, end: start + t.length };
  };
  const gold = {
    dates: [
      [17, 24, '2019-11-19'],
      [46, 50, '1998'],
      [57, 61, '-'],
    ],
  };

  test('an entry is right when its value is the judged one; "-" entries are wrong; others unjudged', () => {
    const analysis = {
      meta: { publishedTime: '2019-11-20' },
      blocks: [block],
      timeline: [
        entry('Tuesday', '2019-11-19'),
        entry('1998', '1998'),
        entry('2020', '2020'),
        entry('resumed', '2019'),
      ],
    };
    const { figures, line, wrong } = scoreTimeline([{ id: 'x', text, gold, analysis }]);
    expect(figures.right).toBeCloseTo(2 / 3);
    expect(line).toContain('unjudged=1');
    expect(wrong).toEqual(['x: "2020" 2020 (judged -)']);
  });

  test('a wrong value is counted wrong', () => {
    const analysis = {
      meta: { publishedTime: '2019-11-20' },
      blocks: [block],
      timeline: [entry('Tuesday', '2019-11-26')],
    };
    expect(scoreTimeline([{ id: 'x', text, gold, analysis }]).figures.right).toBe(0);
  });

  test('an entry more than a year after the article counts against within-a-year unless the text says so', () => {
    const ahead = 'The plant will close in 2022. It reopens in March. Tickets go on sale Friday.';
    const aheadGold = {
      dates: [
        [24, 28, '2022'],
        [44, 49, '2020-03'],
      ],
    };
    const at = (t: string, value: string) => {
      const start = ahead.indexOf(t);
      return {
        mentionId: 1,
        value,
        certainty: 'inferred',
        text: t,
        sentence: '',
        blockId: 0,
        start,
        end: start + t.length,
      };
    };
    const analysis = (...timeline: ReturnType<typeof at>[]) => ({
      meta: { publishedTime: '2019-11-20' },
      blocks: [{ id: 0, kind: 'paragraph', text: ahead }],
      timeline,
    });
    const score = (...timeline: ReturnType<typeof at>[]) =>
      scoreTimeline([{ id: 'y', text: ahead, gold: aheadGold, analysis: analysis(...timeline) }]);
    // Written by the text (judged so): within the rule.
    expect(score(at('2022', '2022')).figures.withinYear).toBe(1);
    // A month put two years ahead, judged otherwise; an unjudged weekday far ahead without a year.
    const bad = score(at('2022', '2022'), at('March', '2021-03'), at('Friday', '2021-11-26'));
    expect(bad.figures.withinYear).toBeCloseTo(1 / 3);
    expect(bad.line).toContain('unsaid-year-ahead=2/3');
    expect(bad.wrong).toContain('y: "Friday" 2021-11-26 is more than a year after the article');
    // Within a year of the article: fine, even when wrong.
    expect(score(at('March', '2020-04')).figures.withinYear).toBe(1);
  });
});
