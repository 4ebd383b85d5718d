import { describe, expect, test } from 'vitest';
import { withWorks } from '../../src/core/entities/media2-works';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

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

describe('titles quoted whole near a noun of a work (media2-works)', () => {
  test('a quoted place or organisation near a song or record noun is a work, and so are its other mentions', () => {
    const block =
      'The band\'s second record opens with "Mill Street," a slow song, and ends with "Harbour Lights Trust." ' +
      'Mill Street was written in a week.';
    const out = run(
      block,
      mentionsIn(block, [
        ['Mill Street', 'PLACE'],
        ['Harbour Lights Trust', 'ORG'],
        ['Mill Street', 'PLACE'],
      ]),
    );
    expect(out).toEqual([
      ['Mill Street', 'OTHER'],
      ['Harbour Lights Trust', 'OTHER'],
      ['Mill Street', 'OTHER'],
    ]);
  });
  test("the singles before a quotation mark are a cue; a tennis 'singles' is not", () => {
    const a = "The album was trailed by the singles 'Copper Road' and 'Low Tide'.";
    expect(run(a, mentionsIn(a, [['Copper Road', 'PLACE']]))).toEqual([['Copper Road', 'OTHER']]);
    const b = 'She won the singles final at the "Caja Verde" centre court on Sunday.';
    expect(run(b, mentionsIn(b, [['Caja Verde', 'PLACE']]))).toEqual([['Caja Verde', 'PLACE']]);
  });
  test('a quoted person, a one-word quote, or a name with more inside the quotation marks is left alone', () => {
    const block = 'The film\'s star, known as "Lady Fern," sang "Boston" and "Lake Orla at dawn" on the record.';
    const ms = mentionsIn(block, [
      ['Lady Fern', 'PERSON'],
      ['Boston', 'PLACE'],
      ['Lake Orla', 'PLACE'],
    ]);
    expect(run(block, ms)).toEqual([
      ['Lady Fern', 'PERSON'],
      ['Boston', 'PLACE'],
      ['Lake Orla', 'PLACE'],
    ]);
  });
  test('a work noun out of reach (more than 250 characters away): a quoted place stays a place', () => {
    const block = `The film crew left. ${'Crews worked all night. '.repeat(12)}They call it "Salt Flats," and it floods.`;
    expect(run(block, mentionsIn(block, [['Salt Flats', 'PLACE']]))).toEqual([['Salt Flats', 'PLACE']]);
  });
});
