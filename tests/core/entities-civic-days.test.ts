/**
 * Civic and national days are OTHER names, as CoNLL-2003 marks them (src/core/entities/civic-days.ts;
 * eval/gold/guidelines/names.md, "Civic and national days"); religious festivals and shopping
 * days stay dates. On mentions as a tagger might cut and type them, and through the English
 * model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { civicDaySpans, withCivicDays } from '../../src/core/entities/civic-days';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';
import { mentionsIn } from '../helpers/mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const spans = (text: string) => civicDaySpans(text).map(([s, e]) => text.slice(s, e));

describe('the civic days written in a text', () => {
  test('each day once, the longest reading first, curly apostrophes too', () => {
    expect(
      spans('Crews worked through Thanksgiving Day and New Year’s Day, and again before Labor Day and Thanksgiving.'),
    ).toEqual(['Thanksgiving Day', 'New Year’s Day', 'Labor Day', 'Thanksgiving']);
  });

  test("New Year's Eve is read as New Year's Day is; a festival's eve or new year is not", () => {
    expect(
      spans("Buses run late on New Year’s Eve and New Year's Day, but not on Christmas Eve or Chinese New Year's Eve."),
    ).toEqual(['New Year’s Eve', "New Year's Day"]);
  });

  test('not inside a longer word, nor after a hyphen, nor lower-cased, nor a festival', () => {
    expect(
      spans(
        'A pre-Thanksgiving sale, Thanksgivings past, a labor day of ten hours, Christmas and Diwali, and Easter Day.',
      ),
    ).toEqual([]);
  });
});

describe('a civic day is one OTHER name', () => {
  test('added where the tagger left it, and replacing the pieces it cut', () => {
    const a = 'The pool closes on Labor Day, and the Memorial Day parade starts at noon, Mayor Ana Ruiz said.';
    const out = withCivicDays(new Map([[0, a]]), [mention(a, 'Memorial', 'ORG'), mention(a, 'Ana Ruiz', 'PERSON')]);
    expect(shown(out)).toEqual(['Labor Day/OTHER', 'Memorial Day/OTHER', 'Ana Ruiz/PERSON']);
  });

  test("a longer name that holds the day stays whole, and a name across the day's edge is left alone", () => {
    const a = "Macy's Thanksgiving Day Parade steps off at 8:30, and Independence Daytona is a film.";
    const kept = [mention(a, "Macy's Thanksgiving Day Parade", 'OTHER'), mention(a, 'Independence Daytona', 'OTHER')];
    expect(withCivicDays(new Map([[0, a]]), kept)).toEqual(kept);
  });

  test('a name the tagger ran on from one day to another name is cut at the link', () => {
    const a = 'Offices close for Memorial Day, and Bastille Day and Paris are next.';
    const out = withCivicDays(new Map([[0, a]]), [mention(a, 'Memorial Day, and Bastille Day and Paris', 'OTHER')]);
    expect(shown(out)).toEqual(['Memorial Day/OTHER', 'Bastille Day/OTHER', 'Paris/OTHER']);
  });

  test("the eve of New Year's Day the tagger left is added", () => {
    const a = "The bakery on Mill Lane serves its last loaf on New Year's Eve, owner Rhys Tamblyn said.";
    const out = withCivicDays(
      new Map([[0, a]]),
      mentionsIn(a, [
        ['Mill Lane', 'PLACE'],
        ['Rhys Tamblyn', 'PERSON'],
      ]),
    );
    expect(shown(out)).toEqual(['Mill Lane/PLACE', "New Year's Eve/OTHER", 'Rhys Tamblyn/PERSON']);
  });

  test('a day the tagger typed otherwise is retyped, and blocks keep their order', () => {
    const a = 'Election Day is Tuesday.';
    const b = 'Juneteenth falls on a Friday, Gov. Tom Lake said.';
    const out = withCivicDays(
      new Map([
        [0, a],
        [1, b],
      ]),
      [mention(a, 'Election Day', 'ORG'), mention(b, 'Tom Lake', 'PERSON', 0, 1)],
    );
    expect(out.map((m) => `${m.blockId}:${m.text}/${m.type}`)).toEqual([
      '0:Election Day/OTHER',
      '1:Juneteenth/OTHER',
      '1:Tom Lake/PERSON',
    ]);
  });
});

describe('through the English model', () => {
  test('a holiday story’s civic days are OTHER names, its festivals are not names', () => {
    const blocks = [
      'Shoppers spent $4 billion online on Thanksgiving, and retailers expect more before Christmas.',
      'The county offices close for Labor Day and New Year’s Day, clerk Dana Whitfield said.',
    ].map((text, id) => ({ id, kind: 'paragraph' as const, text }));
    const names = shown(englishRecogniser().recognise(blocks));
    expect(names).toEqual(
      expect.arrayContaining([
        'Thanksgiving/OTHER',
        'Labor Day/OTHER',
        'New Year’s Day/OTHER',
        'Dana Whitfield/PERSON',
      ]),
    );
    expect(names.some((n) => n.startsWith('Christmas'))).toBe(false);
  });
});
