import { describe, expect, test } from 'vitest';
import { namesWeight, weightedMentions } from '../../src/core/summary/entity-weight';
import { summarise } from '../../src/core/summary/extractive';
import type { Block, Entity } from '../../src/core/types';
import { fillerOf, para } from './summary-text';

/** An entity with a mention at each place its name is written in the blocks. */
function named(id: number, name: string, salience: number, blocks: readonly Block[]): Entity {
  const mentions = blocks.flatMap((b) => {
    const out = [];
    for (let at = b.text.indexOf(name); at >= 0; at = b.text.indexOf(name, at + 1))
      out.push({ blockId: b.id, start: at, end: at + name.length, text: name, type: 'ORG' as const });
    return out;
  });
  return { id, type: 'ORG', name, salience, mentions };
}

describe("the weight of a sentence's names", () => {
  test('each mention of an entity adds its salience', () => {
    const blocks = [para(0, 'Tarnwick Mills said Tarnwick Mills would reopen the Ostrel plant.')];
    const entities = [named(1, 'Tarnwick Mills', 1, blocks), named(2, 'Ostrel', 0.5, blocks)];
    const byBlock = weightedMentions(entities, blocks);
    expect(namesWeight(byBlock.get(0), 0, blocks[0]!.text.length)).toBeCloseTo(2.5);
    // Only the mentions inside the sentence count.
    expect(namesWeight(byBlock.get(0), 0, 15)).toBeCloseTo(1);
  });

  test.each([
    // A title-case phrase capitalised a word the article writes in lower case.
    ['Roadmap', 'The plan and Roadmap were sent to firms.', 'The roadmap sets a target. A second roadmap follows.'],
    // A sentence start did.
    ['Lanterns', 'Lanterns lined the quay on the first night.', 'More lanterns were hung on the bridge.'],
  ])('a common word taken for a name (%s) weighs nothing', (name, first, second) => {
    const blocks = [para(0, first), para(1, second)];
    const byBlock = weightedMentions([named(1, name, 1, blocks)], blocks);
    expect(namesWeight(byBlock.get(0), 0, first.length)).toBe(0);
  });

  test.each([
    // A name the text also writes in lower case less often than as a name.
    ['Harlow', 'Harlow won. Harlow scored twice.', 'Then the harlow stands emptied.'],
    // An acronym that is also a word ("US", "us"), a name in mixed case ("BSDiff").
    ['US', 'The US said no.', 'It told us nothing.'],
    ['BSDiff', 'BSDiff is older.', 'Run bsdiff on both files.'],
    // A lower-case word that is only part of an address or a handle.
    ['Corvane', 'Corvane was sold.', 'See corvane.com or write to @corvane for more.'],
  ])('a name (%s) keeps its weight', (name, first, second) => {
    const blocks = [para(0, first), para(1, second)];
    const byBlock = weightedMentions([named(1, name, 1, blocks)], blocks);
    expect(namesWeight(byBlock.get(0), 0, first.length)).toBeGreaterThan(0);
  });

  test("a common word taken for a name no longer lifts its sentence over the story's", () => {
    const lede = 'The ministry of Vostrelia unveiled a plan to halve the cost of solar panels by 2030.';
    const next = 'Officials from six regions attended the announcement in the capital on Tuesday.';
    const aside = 'The plan and Roadmap were handed to industry groups at a closed meeting this week.';
    const point = 'The roadmap sets a target of ten cents a watt for solar panels made in Vostrelia.';
    const story = (last: string): Block[] => [
      para(0, lede),
      para(1, next),
      para(2, aside),
      para(3, last),
      para(4, filler(2)),
    ];
    const filler = fillerOf('ew');
    const entitiesOf = (blocks: Block[]): Entity[] => [
      named(1, 'Vostrelia', 0.6, blocks),
      named(2, 'Roadmap', 1, blocks),
    ];
    const blocks = story(point);
    const texts = summarise(blocks, entitiesOf(blocks), { maxSentences: 3 }).map((s) => s.text);
    expect(texts).toContain(point);
    expect(texts).not.toContain(aside);
    // Where the text never writes the word in lower case it stays a name, and its weight
    // lifts the aside into the summary: the rule is what keeps it out above.
    const other = story(point.replace('The roadmap', 'The target'));
    expect(summarise(other, entitiesOf(other), { maxSentences: 3 }).map((s) => s.text)).toContain(aside);
  });
});
