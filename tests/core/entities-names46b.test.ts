/**
 * OTHER names of the nineteenth English set's families (issue 15, names46b): a film festival's
 * town where a premiere or a prize points at it, works named by a first work's noun, an
 * adventure, an apposition with "a" or a game's release, and ships.
 */
import { describe, expect, test } from 'vitest';
import { withPremierePlaces } from '../../src/core/entities/misc-premiere-places';
import { withWorks } from '../../src/core/entities/media2-works';
import { withAppositiveWorks } from '../../src/core/entities/works-appositives';
import { withVessels } from '../../src/core/entities/misc-vessels';
import { mentionsIn } from '../helpers/mentions';
import type { EntityMention } from '../../src/core/types';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe('a festival named by its town (misc-premiere-places)', () => {
  test('the town a premiere or a prize points at is the festival; the town elsewhere stays a place', () => {
    const block =
      'Her second film premiered at Locarno in August, won the Golden Lion at Venice a year later and opens in Venice cinemas on Friday. It was shot in Trieste.';
    const out = withPremierePlaces(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Locarno', 'PLACE'],
        ['Golden Lion', 'OTHER'],
        ['Venice', 'PLACE'],
        ['Venice', 'PLACE'],
        ['Trieste', 'PLACE'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Locarno', 'OTHER'],
      ['Golden Lion', 'OTHER'],
      ['Venice', 'OTHER'],
      ['Venice', 'PLACE'],
      ['Trieste', 'PLACE'],
    ]);
  });
  test('a venue of several words, or a text without a premiere, is left', () => {
    const block = 'The play premiered at Royal Exchange Theatre last spring; the band played at Leeds.';
    const ms = mentionsIn(block, [
      ['Royal Exchange Theatre', 'PLACE'],
      ['Leeds', 'PLACE'],
    ]);
    expect(withPremierePlaces(new Map([[0, block]]), ms)).toBe(ms);
    const other = 'They met at Cannes in May.';
    const ms2 = mentionsIn(other, [['Cannes', 'PLACE']]);
    expect(withPremierePlaces(new Map([[0, other]]), ms2)).toBe(ms2);
  });
});

describe('works named by a first work, an adventure, an apposition or a release', () => {
  test('"debut, X," and "first feature, X," and "the ... adventure X" are works, with their other mentions', () => {
    const block =
      "The trio's 2011 debut, Copper Lantern, sold well. Her first feature, Lower Deck, opened in Leeds. The studio made its name with the coastal adventure Tidepool Lane; Tidepool Lane sold a million.";
    const out = withWorks(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Copper Lantern', 'PERSON'],
        ['Lower Deck', 'PLACE'],
        ['Leeds', 'PLACE'],
        ['Tidepool Lane', 'ORG'],
        ['Tidepool Lane', 'ORG'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Copper Lantern', 'OTHER'],
      ['Lower Deck', 'OTHER'],
      ['Leeds', 'PLACE'],
      ['Tidepool Lane', 'OTHER'],
      ['Tidepool Lane', 'OTHER'],
    ]);
  });
  test('a debut in sport, with no apposition, is no cue', () => {
    const block = 'On his debut, Kane scored twice and Kane was named man of the match.';
    const ms = mentionsIn(block, [
      ['Kane', 'PERSON'],
      ['Kane', 'PERSON'],
    ]);
    expect(withWorks(new Map([[0, block]]), ms)).toBe(ms);
  });
  test('"X, a drama about" and "X is out on PC" are works; "Leeds, a game that" and "Ann Lee, a film director" are not', () => {
    const block =
      "Ada Quist's The Long Drive, a drama about a stockman, won. Harbourlight is out on PC and PS5 on Thursday. They beat Leeds, a game that ended 2-1. Ann Lee, a film director, spoke.";
    const out = withAppositiveWorks(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Ada Quist', 'PERSON'],
        ['The Long Drive', 'PLACE'],
        ['Harbourlight', 'ORG'],
        ['Leeds', 'PLACE'],
        ['Ann Lee', 'PERSON'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Ada Quist', 'PERSON'],
      ['The Long Drive', 'OTHER'],
      ['Harbourlight', 'OTHER'],
      ['Leeds', 'PLACE'],
      ['Ann Lee', 'PERSON'],
    ]);
  });
});

describe('ships (misc-vessels)', () => {
  test('a ship after its noun, in a list after a plural one, and its other mentions are OTHER', () => {
    const block =
      'Nordlys Tankers fixed two of its newest ships, Nordlys Crest and Nordlys Dawn, on charters. The VLCC Nordlys Crest was off Oman, near the car carrier Silver Leader and the icebreaker Polaris.';
    const out = withVessels(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Nordlys Tankers', 'ORG'],
        ['Nordlys Crest', 'PERSON'],
        ['Nordlys Dawn', 'PERSON'],
        ['VLCC', 'OTHER'],
        ['Nordlys Crest', 'PERSON'],
        ['Oman', 'PLACE'],
        ['Silver Leader', 'PERSON'],
        ['Polaris', 'PLACE'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Nordlys Tankers', 'ORG'],
      ['Nordlys Crest', 'OTHER'],
      ['Nordlys Dawn', 'OTHER'],
      ['Nordlys Crest', 'OTHER'],
      ['Oman', 'PLACE'],
      ['Silver Leader', 'OTHER'],
      ['Polaris', 'OTHER'],
    ]);
  });
  test('a navy prefix goes inside the ship; a tanker class read into it goes outside; an airline after "the carrier" is left', () => {
    const block =
      'She served aboard USS Mary C. Walker in the Gulf. VLCC Nordlys Crest sailed. Delta, the carrier, said so.';
    const out = withVessels(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Mary C. Walker', 'PERSON'],
        ['Gulf', 'PLACE'],
        ['VLCC Nordlys Crest', 'ORG'],
        ['Delta', 'ORG'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['USS Mary C. Walker', 'OTHER'],
      ['Gulf', 'PLACE'],
      ['Nordlys Crest', 'OTHER'],
      ['Delta', 'ORG'],
    ]);
  });
});
