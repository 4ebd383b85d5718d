/**
 * Names the tagger cut, made whole after tagging (src/core/entities/joined-names.ts and the
 * rules beside it), on small texts of our own.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRecogniser, modelPath } from '../../src/cli/model';
import { MentionRules } from '../../src/core/entities/mention-rules';
import { NerModel } from '../../src/core/entities/model/model';
import type { EntityMention, EntityType } from '../../src/core/types';

const recogniser = loadRecogniser();
const names = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);
const rules = new MentionRules(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath()))).gazetteers);
/** The rules applied to the given (text, type) mentions of `text`, each its first occurrence. */
const corrected = (text: string, tagged: [string, EntityType][]): [string, EntityType][] =>
  rules
    .apply(
      text,
      tagged.map(([t, type]): EntityMention => {
        const start = text.indexOf(t);
        return { blockId: 0, start, end: start + t.length, text: t, type };
      }),
    )
    .map((m) => [m.text, m.type]);

describe('names cut at "of"', () => {
  test('a head word, "of" and the name after it are one name, of the head’s type', () => {
    const text = 'Nell Oduya left the Army of the Potomac for the University of York and sailed the Gulf of Aden.';
    expect(
      corrected(text, [
        ['Nell Oduya', 'PERSON'],
        ['Army', 'ORG'],
        ['Potomac', 'PLACE'],
        ['University', 'ORG'],
        ['York', 'PERSON'],
        ['Aden', 'PLACE'],
      ]),
    ).toEqual([
      ['Nell Oduya', 'PERSON'],
      ['Army of the Potomac', 'ORG'],
      ['University of York', 'ORG'],
      ['Gulf of Aden', 'PLACE'],
    ]);
  });

  test('an event’s head makes an other name; capitalised words after "of" are taken when no name was tagged', () => {
    const text = 'He fought in the Battle of Fredericksburg and joined the Office of Inspector General in May.';
    expect(
      corrected(text, [
        ['Battle', 'ORG'],
        ['Fredericksburg', 'PLACE'],
        ['Office', 'OTHER'],
      ]),
    ).toEqual([
      ['Battle of Fredericksburg', 'OTHER'],
      ['Office of Inspector General', 'ORG'],
    ]);
  });

  test('an ordinary word before "of" joins nothing', () => {
    const text = 'The Friends of Mara Ellison met in a Corner of London.';
    expect(
      corrected(text, [
        ['Mara Ellison', 'PERSON'],
        ['London', 'PLACE'],
      ]),
    ).toEqual([
      ['Mara Ellison', 'PERSON'],
      ['London', 'PLACE'],
    ]);
  });

  test('through the tagger', () => {
    const found = names('Nell Oduya left the Office of the Inspector General for the Army of the Potomac.');
    expect(found).toContainEqual(['Office of the Inspector General', 'ORG']);
    expect(found).toContainEqual(['Army of the Potomac', 'ORG']);
  });
});

describe('titles in quotation marks', () => {
  test('a quoted title is one other name, in place of the pieces the tagger found or where it found none', () => {
    const text =
      'The band released “A Beautiful Lie” in 2005, then "Time to Wake Up." Critics preferred "The Fantasy".';
    expect(
      corrected(text, [
        ['Beautiful Lie', 'PERSON'],
        ['Wake Up', 'PLACE'],
      ]),
    ).toEqual([
      ['A Beautiful Lie', 'OTHER'],
      ['Time to Wake Up', 'OTHER'],
      ['The Fantasy', 'OTHER'],
    ]);
  });

  test('quoted speech is no title, and a quoted name found whole keeps its type', () => {
    const text = '“We will win this in Texas,” Mara Ellison said of the “Harlow Widget Company” deal.';
    expect(
      corrected(text, [
        ['Texas', 'PLACE'],
        ['Mara Ellison', 'PERSON'],
        ['Harlow Widget Company', 'ORG'],
      ]),
    ).toEqual([
      ['Texas', 'PLACE'],
      ['Mara Ellison', 'PERSON'],
      ['Harlow Widget Company', 'ORG'],
    ]);
  });

  test('an apostrophe inside single quotation marks does not close them', () => {
    const text = 'The campaign was called ‘Don’t Look Back in Anger’ by its makers.';
    expect(corrected(text, [['Look Back', 'PLACE']])).toEqual([['Don’t Look Back in Anger', 'OTHER']]);
  });
});

describe('names told by their spelling', () => {
  test('a brand ending in "’s" keeps it, in all its mentions, where a comma or a full stop shows it is no possessive', () => {
    const text = 'Clients include Harlow’s, Fenwick and Grant. Harlow’s shares rose; analysts liked Harlow’s.';
    expect(
      corrected(text, [
        ['Harlow', 'PERSON'],
        ['Fenwick', 'ORG'],
        ['Grant', 'PERSON'],
      ]).filter(([t]) => t.startsWith('Harlow')),
    ).toEqual([['Harlow’s', 'ORG']]);
    expect(names(text).filter(([t]) => t.startsWith('Harlow'))).toEqual([
      ['Harlow’s', 'ORG'],
      ['Harlow’s', 'ORG'],
      ['Harlow’s', 'ORG'],
    ]);
  });

  test('a name the article also writes without "’s" is a possessive', () => {
    const found = names('Officials denied Oduya’s request. “I heed Oduya’s call,” Mara Ellison said of Oduya.');
    expect(found.some(([t]) => t.endsWith('’s'))).toBe(false);
  });
});

describe('venues', () => {
  test('a name ending in a venue’s word is a place, whatever the tagger said', () => {
    const text = 'The band plays the Harlow Sun Arena on June 2 and the Fenwick Music Pavilion on June 4.';
    expect(
      corrected(text, [
        ['Harlow Sun Arena', 'ORG'],
        ['Fenwick Music Pavilion', 'PERSON'],
      ]),
    ).toEqual([
      ['Harlow Sun Arena', 'PLACE'],
      ['Fenwick Music Pavilion', 'PLACE'],
    ]);
  });
});
