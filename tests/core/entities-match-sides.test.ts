/**
 * Sides named by their town or nickname in a match report (src/core/entities/org-match-sides.ts),
 * on texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withMatchSides } from '../../src/core/entities/org-match-sides';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const SPORT = 'The midfielder was subbed at half-time in the AFL match.';
const FIRST = new Set(['Tomas']);

function read(body: string, names: [string, EntityType][], sport = true): string[] {
  const text = new Map([
    [1, sport ? SPORT : 'The council met on Tuesday.'],
    [0, body],
  ]);
  return withMatchSides(
    text,
    mentionsIn(body, names),
    (n) => n === 'Norway',
    (w) => FIRST.has(w),
  ).map((m) => `${m.text}/${m.type}`);
}

describe('a side named by its town or nickname in a match report is its club', () => {
  test('a town before a game verb, and the same town elsewhere', () => {
    expect(
      read('Harwick kicked five goals in the third term. It was Harwick at its best.', [
        ['Harwick', 'PLACE'],
        ['Harwick', 'PLACE'],
      ]),
    ).toEqual(['Harwick/ORG', 'Harwick/ORG']);
  });
  test('a score, a possessive result and a player', () => {
    expect(read('The Gulls, 10.8 (68), hung on.', [['Gulls', 'OTHER']])).toEqual(['Gulls/ORG']);
    expect(read("It was Carrow's fourth straight win.", [['Carrow', 'PLACE']])).toEqual(['Carrow/ORG']);
    expect(
      read("A mark by Carrow's Tomas Quill sealed it.", [
        ['Carrow', 'PLACE'],
        ['Tomas Quill', 'PERSON'],
      ]),
    ).toEqual(['Carrow/ORG', 'Tomas Quill/PERSON']);
  });
  test('a game word before, "and" another side, a trade', () => {
    expect(read('They travel to play West Brindle next week.', [['West Brindle', 'PLACE']])).toEqual([
      'West Brindle/ORG',
    ]);
    expect(read('On Sunday Dunmere and Osk play at home.', [['Dunmere', 'PLACE']])).toEqual(['Dunmere/ORG']);
    expect(
      read('They traded Ana Ruiz to Dunmere last winter.', [
        ['Ana Ruiz', 'PERSON'],
        ['Dunmere', 'PLACE'],
      ]),
    ).toEqual(['Ana Ruiz/PERSON', 'Dunmere/ORG']);
  });
  test('a nickname after "the" or before a role', () => {
    expect(
      read('Gulls midfielder Ana Ruiz was best on ground.', [
        ['Gulls', 'OTHER'],
        ['Ana Ruiz', 'PERSON'],
      ]),
    ).toEqual(['Gulls/ORG', 'Ana Ruiz/PERSON']);
    expect(read('Fans watched the Olympics on the big screen.', [['Olympics', 'OTHER']])).toEqual(['Olympics/OTHER']);
  });
  test('the place stays the place', () => {
    expect(
      read('Harwick kicked clear late. Fans in Harwick cheered.', [
        ['Harwick', 'PLACE'],
        ['Harwick', 'PLACE'],
      ]),
    ).toEqual(['Harwick/ORG', 'Harwick/PLACE']);
    expect(read('Rain in Harwick played havoc with the roads.', [['Harwick', 'PLACE']])).toEqual(['Harwick/PLACE']);
    expect(read('Norway beat the hosts.', [['Norway', 'PLACE']])).toEqual(['Norway/PLACE']);
    expect(read('Harwick kicked off its budget talks.', [['Harwick', 'PLACE']], false)).toEqual(['Harwick/PLACE']);
  });
});
