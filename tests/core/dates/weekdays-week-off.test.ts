import { describe, expect, test } from 'vitest';
import { datesAt, storyAt, valueOf } from '../../helpers/timeline-story';

// Weekdays read a week off (issue 16, the en-train19 to en-train21 pages of the lang-news set),
// on sentences of our own.

describe('a weekday ahead of what was said', () => {
  test('"were annoyed and would gather on Monday night": the verb in the past before "would" is not the weekday\'s', () => {
    // Thursday 9 November 2023.
    const dates = datesAt(
      '2023-11-09T18:00:00Z',
      'The tenants group said its members were annoyed and would gather on Monday night to choose a lawyer.',
    );
    expect(valueOf(dates, 'Monday night')).toBe('2023-11-13');
  });

  test('a verb in the past after "would" still tells another event', () => {
    const dates = datesAt(
      '2023-11-09T18:00:00Z',
      'The mayor said she would look into what happened on Monday night at the depot.',
    );
    expect(valueOf(dates, 'Monday night')).toBe('2023-11-06');
  });

  test('"would not leave before Sunday", "a silence before Saturday\'s match": a limit set in what would happen', () => {
    // Friday 4 October 2024.
    expect(
      valueOf(
        datesAt('2024-10-04T20:00:00Z', 'A spokesman said the marchers would not go home before Sunday.'),
        'Sunday',
      ),
    ).toBe('2024-10-06');
    // Wednesday 6 February 2019.
    expect(
      valueOf(
        datesAt(
          '2019-02-06T11:00:00Z',
          "The club said on Tuesday that there would be a minute's silence before Saturday's home match.",
        ),
        'Saturday',
      ),
    ).toBe('2019-02-09');
  });

  test('a deadline an order sets: "ordered the council to explain by Monday why it had shut the road"', () => {
    const dates = datesAt(
      '2024-10-04T20:00:00Z',
      'The judge on Friday ordered the council to explain by Monday why it had shut the ring road.',
    );
    expect(valueOf(dates, 'Monday')).toBe('2024-10-07');
  });

  test('"would be re-examined Monday": a prefixed passive is no verb in the past', () => {
    // Saturday 30 October 2021.
    const dates = datesAt(
      '2021-10-30T20:00:00Z',
      'The goalkeeper left in the second half and did not return; the club said he would be re-examined Monday.',
    );
    expect(valueOf(dates, 'Monday')).toBe('2021-11-01');
  });
});

describe('a weekday told as past by the words around it', () => {
  test('"and on Monday they told us": a pronoun and a verb in the past after the weekday', () => {
    // Tuesday 8 July 2025.
    const dates = datesAt(
      '2025-07-08T17:00:00Z',
      'We gave the board a month to come back with an offer, and on Monday they told us there was nothing more.',
    );
    expect(valueOf(dates, 'Monday')).toBe('2025-07-07');
  });

  test('"will vote on Monday, they said" stays ahead', () => {
    const dates = datesAt('2025-07-08T17:00:00Z', 'The members will vote on Monday, they said.');
    expect(valueOf(dates, 'Monday')).toBe('2025-07-14');
  });

  test('"to soften the impact of Tuesday\'s rise": the outcome of a weekday\'s event is past', () => {
    // Friday 6 September 2024.
    const dates = datesAt(
      '2024-09-06T18:00:00Z',
      "The city will run free buses for the next three months to soften the impact of Tuesday's rise in fares.",
    );
    expect(valueOf(dates, 'Tuesday')).toBe('2024-09-03');
  });

  test('a result told after "who" is past, not the same weekday named ahead later', () => {
    // Saturday 4 January 2025 (UTC).
    const { timeline } = storyAt(
      '2025-01-04T20:00:00Z',
      'Rovers are level with United, who beat City 3-0 at the Park on Friday night.',
      'Rovers host Town on Friday night in a match that will be shown on television.',
    );
    expect(timeline).toContain('Friday night=2025-01-03');
  });
});

describe('the weekend just past', () => {
  test('"had risen since the weekend", said on a Thursday', () => {
    // Thursday 13 February 2025.
    const dates = datesAt('2025-02-13T12:00:00Z', 'Traders said the price of bread had risen since the weekend.');
    expect(valueOf(dates, 'the weekend')).toBe('2025-W06-WE');
  });
});

describe('a size is no year', () => {
  test('"2560 x 1600" on a laptop\'s spec line', () => {
    const dates = datesAt('2024-03-09T10:00:00Z', 'Screen: 13-inch, 2560 x 1600, 90Hz. It went on sale in 2023.');
    expect(dates).toEqual(['2023=2023']);
  });
});
