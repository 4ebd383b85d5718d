/**
 * Names that run through an inner possessive (src/core/entities/possessive-names.ts): on
 * sentences we wrote, by the rule on mentions cut as the tagger cuts them, and through the
 * English model.
 */
import { describe, expect, test } from 'vitest';
import { withPossessiveNames } from '../../src/core/entities/possessive-names';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const given = (w: string): boolean => ['Dee', 'Nora', 'Stephen'].includes(w);
const city = (name: string): boolean => name === 'St. Paul';

/** The rule's names ("text/TYPE") on `text`, read from `mentions`. */
function read(text: string, mentions: EntityMention[]): string[] {
  return withPossessiveNames(new Map([[0, text]]), mentions, given, city).map((m) => `${m.text}/${m.type}`);
}

describe('a name runs through its possessive', () => {
  test('a common word before a head: the whole name, typed by its head', () => {
    const a = 'She trained at King’s College and worked at the Women’s Refuge Centre in Harwick.';
    expect(
      read(a, [
        mention(a, 'King', 'ORG'),
        mention(a, 'Women', 'PLACE'),
        mention(a, 'Refuge Centre', 'PLACE'),
        mention(a, 'Harwick', 'PLACE'),
      ]),
    ).toEqual(['King’s College/ORG', 'Women’s Refuge Centre/PLACE', 'Harwick/PLACE']);
  });

  test("a station named by a common owner is a place; a given name before 'Hardware' a business", () => {
    const a = "Trains left King's Cross late, Dee's Hardware reported.";
    expect(read(a, [mention(a, 'King', 'PLACE'), mention(a, 'Dee', 'ORG'), mention(a, 'Hardware', 'OTHER')])).toEqual([
      "King's Cross/PLACE",
      "Dee's Hardware/ORG",
    ]);
  });

  test("a place named for an owner, read as two places, is one place; a place's own place stays two", () => {
    const a = "Rain is due in Tolley's Bay on Monday, and in Harwick's Old Bay.";
    expect(
      read(a, [
        mention(a, 'Tolley', 'PLACE'),
        mention(a, 'Bay', 'PLACE'),
        mention(a, 'Harwick', 'PLACE'),
        mention(a, 'Old Bay', 'PLACE'),
      ]),
    ).toEqual(["Tolley's Bay/PLACE", 'Harwick/PLACE', 'Old Bay/PLACE']);
  });

  test('a saint, with a head or alone; a city named after a saint is left alone', () => {
    const a = "Nurses at St Brendan's Hospital sang at St Oda's on Sunday; St. Paul's budget grew.";
    expect(
      read(a, [mention(a, 'St Brendan', 'PLACE'), mention(a, 'St Oda', 'PERSON'), mention(a, 'St. Paul', 'PLACE')]),
    ).toEqual(["St Brendan's Hospital/ORG", "St Oda's/PLACE", 'St. Paul/PLACE']);
  });

  test("a disease's eponym before a body, and a given name before a diner", () => {
    const a = "The Parkinson's Research Society met at Nora's Oyster Grill.";
    expect(
      read(a, [
        mention(a, 'Parkinson', 'ORG'),
        mention(a, 'Research Society', 'ORG'),
        mention(a, 'Nora', 'PERSON'),
        mention(a, 'Oyster Grill', 'PLACE'),
      ]),
    ).toEqual(["Parkinson's Research Society/ORG", "Nora's Oyster Grill/ORG"]);
  });

  test('an office before "Office" is one organisation, before a lower-case noun an organisation', () => {
    const a = "The Brill County Sheriff's Office and the District Attorney's fraud unit agreed.";
    expect(read(a, [mention(a, 'Brill County', 'PLACE'), mention(a, 'District Attorney', 'PLACE')])).toEqual([
      "Brill County Sheriff's Office/ORG",
      'District Attorney/ORG',
    ]);
  });

  test("Father's Day is an observance", () => {
    const a = "Sales peaked before Father's Day.";
    expect(read(a, [])).toEqual(["Father's Day/OTHER"]);
  });

  test('a name that owns something stays apart', () => {
    const a = "Stephen King's novel, Britain's National Rail and Dee's dog were named.";
    const ms = [
      mention(a, 'Stephen King', 'PERSON'),
      mention(a, 'Britain', 'PLACE'),
      mention(a, 'National Rail', 'ORG'),
      mention(a, 'Dee', 'PERSON'),
    ];
    expect(read(a, ms)).toEqual(['Stephen King/PERSON', 'Britain/PLACE', 'National Rail/ORG', 'Dee/PERSON']);
  });

  test('a name the tagger ran through the possessive is kept, and a text without one is given back', () => {
    const a = "Queen's Park Athletic won.";
    const ms = [mention(a, "Queen's Park Athletic", 'ORG')];
    expect(read(a, ms)).toEqual(["Queen's Park Athletic/ORG"]);
    const b = 'Nothing here belongs to anyone.';
    expect(withPossessiveNames(new Map([[0, b]]), [])).toEqual([]);
  });

  test('through the English model', () => {
    const recogniser = englishRecogniser();
    const names = (text: string) =>
      recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => `${m.text}/${m.type}`);
    expect(names("She spoke at the Alzheimer's Association annual meeting in Denver.")).toContain(
      "Alzheimer's Association/ORG",
    );
    expect(names("He was treated at St Brendan's Hospital in Galway.")).toContain("St Brendan's Hospital/ORG");
    expect(names("Standard & Poor's lowered the rating.")).toContain("Standard & Poor's/ORG");
  });
});
