/**
 * States, provinces and counties named in full are places outside sport (src/core/entities/
 * loc-au-states.ts, names47a): on sentences we wrote, with mentions typed as the tagger mistypes them.
 */
import { describe, expect, test } from 'vitest';
import { withAustralianStates } from '../../src/core/entities/loc-au-states';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const read = (block: string, ms: EntityMention[]): string[] =>
  withAustralianStates(new Map([[0, block]]), ms).map((m) => `${m.text}/${m.type}`);

describe('a state, province or county named in full', () => {
  test('typed ORG outside sport is the place', () => {
    const a = "Nevada has held two recounts, Ohio's budget runs from July, and Tasmania and Dorset flooded.";
    expect(
      read(a, [
        mention(a, 'Nevada', 'ORG'),
        mention(a, 'Ohio', 'ORG'),
        mention(a, 'Tasmania', 'ORG'),
        mention(a, 'Dorset', 'ORG'),
      ]),
    ).toEqual(['Nevada/PLACE', 'Ohio/PLACE', 'Tasmania/PLACE', 'Dorset/PLACE']);
  });

  test('a company\'s officer after its "\'s", a name left off the list and a longer name stay', () => {
    const a = "Alaska's managing director spoke, New York magazine ran it, and Ohio State Parks closed.";
    expect(
      read(a, [mention(a, 'Alaska', 'ORG'), mention(a, 'New York', 'ORG'), mention(a, 'Ohio State Parks', 'ORG')]),
    ).toEqual(['Alaska/ORG', 'New York/ORG', 'Ohio State Parks/ORG']);
  });

  test('in a sports story the state is its side', () => {
    const a = 'Kansas beat Iowa in the playoffs after the quarterback threw for two touchdowns.';
    expect(read(a, [mention(a, 'Kansas', 'ORG'), mention(a, 'Iowa', 'ORG')])).toEqual(['Kansas/ORG', 'Iowa/ORG']);
  });

  test("beside a score, a side's man or a wire story's slug of sport, the state is its side", () => {
    const a = 'Texas 10 CLEVELAND 8, and Oregon manager Dale Hurst said Vermont had the lead.';
    expect(read(a, [mention(a, 'Texas', 'ORG'), mention(a, 'Oregon', 'ORG'), mention(a, 'Vermont', 'ORG')])).toEqual([
      'Texas/ORG',
      'Oregon/ORG',
      'Vermont/PLACE',
    ]);
    const slug = 'BASEBALL - LATE RESULTS';
    const b = 'Vermont held on for the win.';
    const out = withAustralianStates(
      new Map([
        [0, slug],
        [1, b],
      ]),
      [mention(b, 'Vermont', 'ORG', 0, 1)],
    );
    expect(out.map((m) => `${m.text}/${m.type}`)).toEqual(['Vermont/ORG']);
  });
});
