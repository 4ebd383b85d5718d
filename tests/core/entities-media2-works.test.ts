import { describe, expect, test } from 'vitest';
import { withWorks } from '../../src/core/entities/media2-works';
import type { EntityMention } from '../../src/core/types';

function mention(block: string, text: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = block.indexOf(text, from);
  return { blockId: 0, start, end: start + text.length, text, type };
}

const run = (block: string, ms: EntityMention[]): Array<[string, string]> =>
  withWorks(new Map([[0, block]]), ms).map((m) => [m.text, m.type]);

describe('works named after their kind (media2-works)', () => {
  test('a title after its kind is OTHER, and so are its other mentions', () => {
    const block =
      "Mara Quill's 1994 drama Lowtide Lane returns. Lowtide Lane opens in May, as does the comedy Small Fires.";
    const out = run(block, [
      mention(block, 'Mara Quill', 'PERSON'),
      mention(block, 'Lowtide Lane', 'PERSON'),
      mention(block, 'Lowtide Lane', 'PERSON', 40),
      mention(block, 'Small Fires', 'PLACE'),
    ]);
    expect(out).toEqual([
      ['Mara Quill', 'PERSON'],
      ['Lowtide Lane', 'OTHER'],
      ['Lowtide Lane', 'OTHER'],
      ['Small Fires', 'OTHER'],
    ]);
  });
  test("a studio's short name after 'film' stays an organisation", () => {
    const block = 'Brightmoor Pictures is busy: the film Brightmoor has dated three titles.';
    const out = run(block, [mention(block, 'Brightmoor Pictures', 'ORG'), mention(block, 'Brightmoor', 'ORG', 25)]);
    expect(out).toEqual([
      ['Brightmoor Pictures', 'ORG'],
      ['Brightmoor', 'ORG'],
    ]);
  });
  test('no kind before the name: left alone', () => {
    const block = 'The director Lowtide Lane spoke.';
    expect(run(block, [mention(block, 'Lowtide Lane', 'PERSON')])).toEqual([['Lowtide Lane', 'PERSON']]);
  });
});
