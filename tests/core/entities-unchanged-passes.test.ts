/**
 * Corrections that change no mention hand back the array they were given, not a copy (issue 15,
 * speed: fifty passes a text each made one), and still change what they should; each case on
 * sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withoutDiseases } from '../../src/core/entities/diseases';
import { withoutHolidays } from '../../src/core/entities/holidays';
import { withTransitLines } from '../../src/core/entities/loc-transit';
import { withNameHeads } from '../../src/core/entities/name-heads';
import { splitAtSlashes } from '../../src/core/entities/name-spellings';
import { withoutCalendarWords } from '../../src/core/entities/org-calendar-words';
import { withPossessiveNames } from '../../src/core/entities/possessive-names';
import { teamNames } from '../../src/core/entities/sports-results';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const one = (text: string): Map<number, string> => new Map([[0, text]]);

describe('a pass that changes nothing gives back its own array', () => {
  const a = 'Orla Fenwick met the Brackley Rowing Club in Tarnmouth on Tuesday.';
  const ms = [
    mention(a, 'Orla Fenwick', 'PERSON'),
    mention(a, 'Brackley Rowing Club', 'ORG'),
    mention(a, 'Tarnmouth', 'PLACE'),
  ];

  test.each([
    ['withoutHolidays', () => withoutHolidays(one(a), ms)],
    ['withoutDiseases', () => withoutDiseases(one(a), ms)],
    ['withoutCalendarWords', () => withoutCalendarWords(one(a), ms)],
    ['withNameHeads', () => withNameHeads(one(a), ms)],
    ['withTransitLines', () => withTransitLines(one(a), ms, () => false)],
    ['splitAtSlashes', () => splitAtSlashes(a, ms)],
    ['withPossessiveNames', () => withPossessiveNames(one(a), ms)],
  ])('%s', (_, run) => {
    expect(run()).toBe(ms);
  });

  test('and a new array, with the change, when it does change one', () => {
    const b = 'Crowds gathered for Christmas at the Wendle Street Market.';
    const holiday = [mention(b, 'Christmas', 'OTHER'), mention(b, 'Wendle Street Market', 'ORG')];
    expect(shown(withoutHolidays(one(b), holiday))).toEqual(['Wendle Street Market/ORG']);
    const c = 'The photo was by Ansel Tarrow/Corvid Images/Pictura Press.';
    const credit = [mention(c, 'Corvid Images/Pictura Press', 'ORG')];
    expect(shown(splitAtSlashes(c, credit))).toEqual(['Corvid Images/ORG', 'Pictura Press/ORG']);
    const d = 'Trains on the Harbour Line were late, the station said.';
    const line = [mention(d, 'Harbour Line', 'ORG')];
    expect(shown(withTransitLines(one(d), line, () => false))).toEqual(['Harbour Line/PLACE']);
  });
});

describe('the possessives of a block, straight and curly, are read in their order', () => {
  test('"St Aidan’s Hospital" and "King\'s College" in one block', () => {
    const a = "She trained at St Aidan’s Hospital and taught at King's College for years.";
    const out = withPossessiveNames(one(a), [mention(a, 'St Aidan', 'PERSON'), mention(a, 'College', 'ORG')]);
    expect(shown(out)).toEqual(['St Aidan’s Hospital/ORG', "King's College/ORG"]);
  });

  test('a possessive at the block\'s very start ("\'s" after one letter) is no name', () => {
    const a = "A's Hospital wing reopened.";
    expect(shown(withPossessiveNames(one(a), []))).toEqual([]);
  });
});

describe('teamNames remembers its answer by the name', () => {
  const isTeam = (words: readonly string[]) => words.join(' ') === 'rivermouth comets';
  test('the second text gets the same answer from what the first one left', () => {
    const known = new Map<string, number>();
    const a = 'The Rivermouth Comets won again.';
    const first = teamNames(
      a,
      [mention(a, 'Rivermouth Comets', 'PLACE'), mention(a, 'Comets', 'PLACE')],
      isTeam,
      known,
    );
    expect(shown(first)).toEqual(['Rivermouth Comets/ORG', 'Comets/ORG']);
    expect(known.get('Rivermouth Comets')).toBe(6);
    const b = 'Fans of the Rivermouth Comets cheered.';
    expect(shown(teamNames(b, [mention(b, 'Rivermouth Comets', 'PLACE')], isTeam, known))).toEqual([
      'Rivermouth Comets/ORG',
    ]);
  });

  test("a mention whose text is not its span's is read from the span, and not remembered", () => {
    const known = new Map<string, number>();
    const a = 'The Rivermouth Comets won again.';
    const odd: EntityMention = { blockId: 0, start: 4, end: 21, text: 'Somewhere Else', type: 'PLACE' };
    expect(shown(teamNames(a, [odd], isTeam, known))).toEqual(['Somewhere Else/ORG']);
    expect(known.size).toBe(0);
  });
});

describe('the English corrections end to end', () => {
  test('a text read twice gives the same names (the word caches do not change an answer)', () => {
    const r = englishRecogniser();
    const text =
      'ROWING - TARNMOUTH WIN. Tarnmouth beat Brackley by two lengths on Saturday, the club said. ' +
      "Orla Fenwick, who coached at King's College, said the Rivermouth Comets would race next.";
    const blocks = [{ id: 0, kind: 'paragraph' as const, text }];
    expect(r.recognise(blocks)).toEqual(r.recognise(blocks));
  });
});
