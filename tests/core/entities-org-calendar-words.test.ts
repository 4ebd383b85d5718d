/**
 * Days and months taken for names are dropped (src/core/entities/org-calendar-words.ts): in
 * texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withoutCalendarWords } from '../../src/core/entities/org-calendar-words';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const run = (text: string, names: [string, EntityType][]) =>
  shown(
    withoutCalendarWords(
      new Map([[0, text]]),
      names.map(([name, type]) => mention(text, name, type)),
    ),
  );

describe('days and months are no names', () => {
  test.each([
    [
      'The Tate Modern opens late on Fridays in summer.',
      [
        ['Tate Modern', 'ORG'],
        ['Fridays', 'ORG'],
      ],
      ['Tate Modern/ORG'],
    ],
    [
      'The last three Januarys were wet in Leeds.',
      [
        ['Januarys', 'ORG'],
        ['Leeds', 'PLACE'],
      ],
      ['Leeds/PLACE'],
    ],
    ['Fireworks are planned for New Zealand Day this year.', [['New Zealand', 'PLACE']], []],
    ['Shops close on Founders Day, the council said.', [['Founders Day', 'PLACE']], []],
  ] as [string, [string, EntityType][], string[]][])('%s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  test.each([
    // A place before a lower-case "day", a day inside a longer name, a civic day typed OTHER.
    ['It was a hot day in Perth. Perth day trips sold out.', [['Perth', 'PLACE']], ['Perth/PLACE']],
    ['The Canada Day Parade starts at noon.', [['Canada', 'PLACE']], ['Canada/PLACE']],
    ['Most offices shut for Labor Day.', [['Labor Day', 'OTHER']], ['Labor Day/OTHER']],
    ['Day & Zimmermann won the contract.', [['Day & Zimmermann', 'ORG']], ['Day & Zimmermann/ORG']],
  ] as [string, [string, EntityType][], string[]][])('left alone: %s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });
});
