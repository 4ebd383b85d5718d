import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// A weekday with its evening is the evening (`…TEV`), with "last" before it too (refiners.ts).

describe('"last Friday evening" is the evening', () => {
  test('with and without "last"', () => {
    const { dates } = storyAt(
      '2025-08-21T21:00:00Z',
      'Police are appealing for witnesses to a crash last Friday evening.',
      'The vigil was held on Tuesday evening.',
    );
    expect(dates).toContain('last Friday evening=2025-08-15TEV');
    expect(dates).toContain('Tuesday evening=2025-08-19TEV');
  });
});
