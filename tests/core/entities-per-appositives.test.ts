/**
 * Persons named beside a kinship noun or before a degree (src/core/entities/per-appositives.ts):
 * on sentences we wrote, with mentions typed as the tagger mistypes them, and through the
 * English model.
 */
import { describe, expect, test } from 'vitest';
import { withAppositivePersons } from '../../src/core/entities/per-appositives';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const given = (w: string): boolean => ['Ilse', 'Tomas', 'Frederick'].includes(w);

function read(text: string, mentions: EntityMention[]): string[] {
  return withAppositivePersons(new Map([[0, text]]), mentions, given).map((m) => `${m.text}/${m.type}`);
}

describe('a person beside a kinship noun or before a degree', () => {
  test('after a kinship noun and a comma', () => {
    const a = 'Her nephew, Brannock, and his sister, Quill Ardent, sold the farm near Carrow.';
    expect(
      read(a, [mention(a, 'Brannock', 'PLACE'), mention(a, 'Quill Ardent', 'ORG'), mention(a, 'Carrow', 'PLACE')]),
    ).toEqual(['Brannock/PERSON', 'Quill Ardent/PERSON', 'Carrow/PLACE']);
  });

  test('before a degree, and the degrees after a person dropped', () => {
    const a = 'The trial was run by Ilse Varrow, MD, PhD, of Harwick University, with Tomas Quell, MPH.';
    expect(
      read(a, [
        mention(a, 'Ilse Varrow', 'PLACE'),
        mention(a, 'MD', 'PLACE'),
        mention(a, 'PhD', 'OTHER'),
        mention(a, 'Harwick University', 'ORG'),
        mention(a, 'Tomas Quell', 'PLACE'),
      ]),
    ).toEqual(['Ilse Varrow/PERSON', 'Harwick University/ORG', 'Tomas Quell/PERSON']);
  });

  test('a town before a state abbreviation stays, and a place after another noun stays', () => {
    const a = 'The plant in Frederick, MD, closed, and the county seat, Dunmore, grew.';
    expect(
      read(a, [mention(a, 'Frederick', 'PLACE'), mention(a, 'MD', 'PLACE'), mention(a, 'Dunmore', 'PLACE')]),
    ).toEqual(['Frederick/PLACE', 'MD/PLACE', 'Dunmore/PLACE']);
  });

  test('through the English model', () => {
    const recogniser = englishRecogniser();
    const names = (text: string) =>
      recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => `${m.text}/${m.type}`);
    expect(names('His wife, Valencia, taught piano.')).toEqual(['Valencia/PERSON']);
    expect(names('The review was written by Hanna Berg, MD, PhD, of Oslo University Hospital.')).toEqual([
      'Hanna Berg/PERSON',
      'Oslo University Hospital/ORG',
    ]);
  });
});
