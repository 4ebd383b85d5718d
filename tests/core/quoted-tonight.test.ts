// A quoted "tonight" in a report published the morning after its event (issue 16, part 2;
// quoted-tonight.ts): the night the words were said. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { timelineAt } from '../helpers/timeline-story';

describe('a quoted "tonight" in a report of the day before', () => {
  it('is the night of the day the lead names, not the night after the publication', () => {
    const lines = timelineAt(
      '2026-04-13T09:00:00Z',
      'Mara Lindqvist won the Harbour Open on Sunday by three shots.',
      '"Tonight I am going to sleep with the trophy," she said at the clubhouse.',
    );
    expect(lines).toContain('Tonight=2026-04-12TNI');
  });

  it('follows "last night" in the lead, past a "this morning" of the writing', () => {
    const lines = timelineAt(
      '2025-03-09T08:00:00Z',
      'The seat remains too close to call this morning after counting stopped at 11.40pm last night.',
      '"I would rather be ahead than behind tonight," the candidate told supporters.',
    );
    expect(lines).toContain('tonight=2025-03-08TNI');
  });

  it('puts a "tomorrow" said with that "tonight" on the day after it', () => {
    const lines = timelineAt(
      '2025-11-10T00:40:00Z',
      "The Falcons are champions after winning Sunday's final in five maps.",
      '"Tonight we celebrate, and tomorrow we start thinking about next season."',
    );
    expect(lines).toContain('Tonight=2025-11-09TNI');
    expect(lines).toContain('tomorrow=2025-11-10');
  });

  it('keeps "tonight" on the publication day when the lead tells of that day', () => {
    const lines = timelineAt(
      '2025-12-14T23:30:00Z',
      'The Rovers won the cup final on Sunday night at the national stadium.',
      '"Tonight we are champions," the captain said.',
    );
    expect(lines).toContain('Tonight=2025-12-14TNI');
  });

  it('keeps a "tonight" outside quotes, and one in a story whose lead names no past day', () => {
    const lines = timelineAt(
      '2026-04-13T09:00:00Z',
      'Mara Lindqvist won the Harbour Open on Sunday.',
      'Fans will gather at the marina tonight for a parade.',
    );
    expect(lines).toContain('tonight=2026-04-13TNI');
    const ahead = timelineAt(
      '2026-04-13T09:00:00Z',
      'The Harbour Open starts on Thursday.',
      '"Tonight I will rest," she said.',
    );
    expect(ahead).toContain('Tonight=2026-04-13TNI');
  });
});
