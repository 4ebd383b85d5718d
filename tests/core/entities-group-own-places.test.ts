/**
 * One type per entity on the card, each mention its own where its words give it (issue 15; CoNLL
 * types each mention): a club's town named as a place by a dateline ("DETROIT (AP) —") or by
 * "in", "at" or "from" keeps its place type inside the club's entity (src/core/entities/group.ts,
 * name-evidence.ts). Texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { groupMentions } from '../../src/core/entities/group';
import { typedByEvidence } from '../../src/core/entities/name-evidence';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

/** Each block's mentions through the article's evidence, then grouped: each entity's type and its mentions' types. */
function grouped(blocks: string[], names: [number, string, EntityType, number?][]) {
  const byBlock = blocks.map((text, b) =>
    typedByEvidence(
      text,
      names.filter(([k]) => k === b).map(([, name, type, nth]) => mention(text, name, type, nth ?? 0, b)),
    ),
  );
  const entities = groupMentions(byBlock.flat(), { blockCount: blocks.length });
  return entities
    .map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m: EntityMention) => m.type) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe("a club's town keeps its place type where its own words make it one", () => {
  test("a dateline's town in capitals at the start of the first block, in the club's entity", () => {
    const out = grouped(
      [
        'HARTWELL (AP) — Ola Bray threw two touchdowns on Sunday.',
        'Hartwell led 14-3 at halftime.',
        'Hartwell plays next at home.',
      ],
      [
        [0, 'HARTWELL', 'PLACE'],
        [0, 'AP', 'ORG'],
        [0, 'Ola Bray', 'PERSON'],
        [1, 'Hartwell', 'ORG'],
        [2, 'Hartwell', 'ORG'],
      ],
    );
    // One entry for the name, the club; its dateline mention is the town.
    expect(out.filter((e) => e.name.toLowerCase() === 'hartwell')).toEqual([
      { name: 'Hartwell', type: 'ORG', mentions: ['PLACE', 'ORG', 'ORG'] },
    ]);
  });

  test('"in", "at" or "from" before a place the tagger typed so', () => {
    const out = grouped(
      [
        'Milbrook beat the Rams again.',
        'Milbrook won their last meeting, a 2019 game in Milbrook that went to overtime.',
        'Crews rescued drivers from Milbrook overnight. Milbrook travel next week.',
      ],
      [
        [0, 'Milbrook', 'ORG'],
        [0, 'Rams', 'ORG'],
        [1, 'Milbrook', 'ORG', 0],
        [1, 'Milbrook', 'PLACE', 1],
        [2, 'Milbrook', 'PLACE', 0],
        [2, 'Milbrook', 'ORG', 1],
      ],
    );
    expect(out.filter((e) => e.name === 'Milbrook')).toEqual([
      { name: 'Milbrook', type: 'ORG', mentions: ['ORG', 'ORG', 'PLACE', 'PLACE', 'ORG'] },
    ]);
  });
});

describe('left alone: the entity type throughout', () => {
  test('a place the tagger typed so without its own words takes the club’s type', () => {
    const out = grouped(
      ['Hartwell beat the Rams.', 'The Rams never led against Hartwell.', 'Hartwell plays next at home.'],
      [
        [0, 'Hartwell', 'ORG'],
        [0, 'Rams', 'ORG'],
        [1, 'Rams', 'ORG'],
        [1, 'Hartwell', 'PLACE'],
        [2, 'Hartwell', 'ORG'],
      ],
    );
    expect(out.find((e) => e.name === 'Hartwell')).toEqual({
      name: 'Hartwell',
      type: 'ORG',
      mentions: ['ORG', 'ORG', 'ORG'],
    });
  });

  test('a name in capitals that is not the first block’s start is no dateline', () => {
    const out = grouped(
      ['Hartwell led 14-3 at halftime.', 'HARTWELL (AP) — a second story.', 'Hartwell plays next.'],
      [
        [0, 'Hartwell', 'ORG'],
        [1, 'HARTWELL', 'PLACE'],
        [2, 'Hartwell', 'ORG'],
      ],
    );
    expect(out.find((e) => e.name === 'Hartwell')?.mentions).toEqual(['ORG', 'ORG', 'ORG']);
  });

  test('a person or an organisation after "in" takes its entity’s type, and no mark reaches the analysis', () => {
    const text = 'Shares in Corvell rose. Corvell said so. Corvell Corp. grew in Tallin.';
    const byEvidence = typedByEvidence(text, [
      mention(text, 'Corvell', 'ORG', 0),
      mention(text, 'Corvell', 'ORG', 1),
      mention(text, 'Tallin', 'PLACE'),
    ]);
    const entities = groupMentions(byEvidence, { blockCount: 1 });
    for (const e of entities)
      for (const m of e.mentions) expect(Object.keys(m).sort()).toEqual(['blockId', 'end', 'start', 'text', 'type']);
    expect(entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.type)])).toEqual(
      expect.arrayContaining([
        ['Corvell', 'ORG', ['ORG', 'ORG']],
        ['Tallin', 'PLACE', ['PLACE']],
      ]),
    );
  });
});
