import { describe, expect, test } from 'vitest';
import { dates, timeline } from '../helpers/timeline-story';

// A story published on Wednesday 20 November 2019.

describe('what is not a point of the story stays off the timeline', () => {
  test.each([
    ['a stretch up to now', 'The ruling party lost ground over the past month, pollsters found.'],
    ['a span ahead', 'Rivals may ship such a headset in the next couple of years.'],
    ['a past the text does not date', 'The phone changed how we live, as the radio did so many years ago.'],
    ['a habit', 'Winter barley is typically sown mid-October in the valley.'],
    ['every year', 'Fires like these break out across the region every August, officials said.'],
    ['a season told in the present', 'In January, the lake gets cold and still, and the fog settles over the town.'],
    ["a rule's yearly deadline", 'The ordinance prohibited irrigation before April 15 and harvesting before July 1.'],
    ['a kind of harvest', 'With a late September grape harvest, growers have little time left.'],
    ['a weekday as a habit', 'The chain plans to end Sunday editions of its regional papers.'],
    ["a model's year", 'Volvo showed the 2021 Volvo XC40 Recharge at the Geneva show.'],
    ['a period of a game', 'Morales left the court in the third quarter after a hard foul.'],
  ])('%s', (_family, sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });

  test('a span with a count is a duration, a model year is still a date (highlighted)', () => {
    expect(dates('Rivals may ship such a headset in the next couple of years.')).toContainEqual(
      expect.objectContaining({ type: 'DURATION', value: 'P2Y' }),
    );
    expect(dates('Volvo showed the 2021 Volvo XC40 Recharge at the show.')).toContainEqual(
      expect.objectContaining({ text: '2021', value: '2021' }),
    );
    expect(dates('Winter barley is typically sown mid-October.')).toContainEqual(
      expect.objectContaining({ type: 'SET', value: 'XXXX-10' }),
    );
  });

  test('the same words with a date of the story stay on it', () => {
    expect(timeline('The retailer reported third-quarter earnings on Tuesday.')).toContain('third-quarter=2019-Q3');
    expect(timeline('Volvo will open a plant in 2021, the company said.')).toContain('2021=2021');
    expect(timeline('Prices rose in October, the agency said.')).toContain('October=2019-10');
    expect(timeline('In January, the lake was cold and still.')).toEqual(['January=2019-01']);
  });
});

describe('a weekday or a month by the tense of its clause', () => {
  test.each([
    ['She says she will be allowed to sing her old songs at the awards show on Sunday.', 'Sunday=2019-11-24'],
    ['Kings: Host the Celtics on Friday.', 'Friday=2019-11-22'],
    ['The minister will resign, aides said Monday.', 'Monday=2019-11-18'],
    ['A vigil planned at the town hall for Saturday was canceled after the storm.', 'Saturday=2019-11-16'],
    ['In December, the firm bid $16.50 per share for its rival.', 'December=2018-12'],
    ["The two are the only senators who haven't yet qualified for the December debate.", 'December=2019-12'],
  ])('%j', (sentence, entry) => {
    expect(timeline(sentence)).toEqual([entry]);
  });

  test('a month told right after a dated month of an earlier year is that year', () => {
    expect(
      timeline(
        'She first saw a doctor in March 2017.',
        'The pain eased for a while. But by May, it had returned, worse than before.',
      ),
    ).toEqual(['March 2017=2017-03', 'May=2017-05']);
    // Far from it, or told in the future, it is the month nearest the publication.
    expect(timeline('She first saw a doctor in March 2017.', 'In December she will run the marathon again.')).toEqual([
      'March 2017=2017-03',
      'December=2019-12',
    ]);
  });
});
