/**
 * People's names and their chips (issue 15, names45b): honorifics and honours outside a
 * person's name, a maiden name in brackets inside it, and the card's one entry for each.
 */
import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../src/cli/model';
import { withoutPostNominals } from '../../src/core/entities/per-post-nominals';
import { withMaidenNames } from '../../src/core/entities/per-maiden-names';
import { groupMentions } from '../../src/core/entities/group';
import { mentionsIn } from '../helpers/mentions';
import type { EntityMention, EntityType } from '../../src/core/types';

const recogniser = loadRecogniser();
const names = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);
const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe('honorifics and honours outside a person’s name', () => {
  test('"Hajiya", "Alhaji" and a title before a name with Arabic particles', () => {
    const found = names(
      'Hajiya Amina Bello, who sells rice at the market, said prices had doubled. Alhaji Musa Garba agreed. Qatar’s Emir Sheikh Nasser al-Rahman al-Thani will open the talks.',
    );
    expect(found).toContainEqual(['Amina Bello', 'PERSON']);
    expect(found).toContainEqual(['Musa Garba', 'PERSON']);
    expect(found).toContainEqual(['Nasser al-Rahman al-Thani', 'PERSON']);
    expect(found.some(([t]) => /Hajiya|Alhaji|Sheikh/u.test(t))).toBe(false);
  });
  test('a barrister’s "KC" or an order’s letters end the name before them', () => {
    const block = 'Prosecuting, Laura Pennington KC said so; Bruce KC and Ada Lowe OBE did not.';
    const out = withoutPostNominals(
      mentionsIn(block, [
        ['Laura Pennington KC', 'PERSON'],
        ['Bruce KC', 'PERSON'],
        ['Ada Lowe OBE', 'ORG'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Laura Pennington', 'PERSON'],
      ['Bruce KC', 'PERSON'],
      ['Ada Lowe OBE', 'ORG'],
    ]);
  });
});

describe('a maiden name in brackets (per-maiden-names)', () => {
  test('"First (Maiden) Surname" is one person; other brackets are not', () => {
    const block =
      'He was the son of Ira Lowell, a welder, and Edna (Pruitt) Lowell, a nurse. Tom (left) Hale and Sam (Reuters) were there.';
    const out = withMaidenNames(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Ira Lowell', 'PERSON'],
        ['Edna', 'PERSON'],
        ['Pruitt', 'PERSON'],
        ['Lowell', 'PERSON'],
        ['Tom', 'PERSON'],
        ['Hale', 'PERSON'],
        ['Sam', 'PERSON'],
        ['Reuters', 'ORG'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Ira Lowell', 'PERSON'],
      ['Edna (Pruitt) Lowell', 'PERSON'],
      ['Tom', 'PERSON'],
      ['Hale', 'PERSON'],
      ['Sam', 'PERSON'],
      ['Reuters', 'ORG'],
    ]);
  });
});

describe('one chip per person', () => {
  test('a person with and without an honour’s letters or an honorific is one entry', () => {
    const blocks = [
      'Laura Pennington KC opened for the Crown. Hajiya Amina Bello gave evidence.',
      'Ms Pennington said the deal was a sham. Amina Bello said she had been paid.',
    ];
    const mentions = [
      ...mentionsIn(blocks[0] as string, [
        ['Laura Pennington KC', 'PERSON'],
        ['Hajiya Amina Bello', 'PERSON'],
      ]),
      ...mentionsIn(
        blocks[1] as string,
        [
          ['Ms Pennington', 'PERSON'],
          ['Amina Bello', 'PERSON'],
        ],
        1,
      ),
    ];
    const people = groupMentions(mentions, { blockCount: 2 });
    expect(people.map((e) => [e.name, e.mentions.length]).sort()).toEqual([
      ['Amina Bello', 2],
      ['Laura Pennington', 2],
    ]);
  });
});

describe('a surname two people share (group)', () => {
  const grouped = (blocks: string[], names: [string, EntityType][][]): Array<[string, number]> =>
    groupMentions(
      blocks.flatMap((b, i) => mentionsIn(b, names[i] ?? [], i)),
      { blockCount: blocks.length },
    )
      .map((e): [string, number] => [e.name, e.mentions.length])
      .sort();
  test('joins the person the story is about when one stands out', () => {
    const blocks = [
      'Walter Ames Brody, a trumpeter, died on Sunday. Walter Brody was 91.',
      'He was the son of Ida (Kerr) Brody. Brody toured for years; Walter Ames Brody never retired.',
      'Brody recorded 40 albums.',
    ];
    expect(
      grouped(blocks, [
        [
          ['Walter Ames Brody', 'PERSON'],
          ['Walter Brody', 'PERSON'],
        ],
        [
          ['Ida (Kerr) Brody', 'PERSON'],
          ['Brody', 'PERSON'],
          ['Walter Ames Brody', 'PERSON'],
        ],
        [['Brody', 'PERSON']],
      ]),
    ).toEqual([
      ['Ida (Kerr) Brody', 1],
      ['Walter Ames Brody', 5],
    ]);
  });
  test('stays apart when none stands out', () => {
    const blocks = ['Nina Okafor and Sam Okafor ran the shop. Nina Okafor said Okafor had left.'];
    expect(
      grouped(blocks, [
        [
          ['Nina Okafor', 'PERSON'],
          ['Sam Okafor', 'PERSON'],
          ['Nina Okafor', 'PERSON'],
          ['Okafor', 'PERSON'],
        ],
      ]),
    ).toEqual([
      ['Nina Okafor', 2],
      ['Okafor', 1],
      ['Sam Okafor', 1],
    ]);
  });
});
