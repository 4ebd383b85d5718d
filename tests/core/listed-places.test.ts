/** A country, city or region named in full is a place, not a person, in the other languages' names. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { modelPath } from '../../src/cli/model';
import { isListedPlace, listedPlaces } from '../../src/core/entities/listed-places';
import { NerModel } from '../../src/core/entities/model/model';

const es = NerModel.fromBytes(readFileSync(modelPath('es'))).gazetteers;
const nl = NerModel.fromBytes(readFileSync(modelPath('nl'))).gazetteers;
const person = (text: string) => ({ blockId: 0, start: 0, end: text.length, text, type: 'PERSON' as const });

test('whole place names of the word lists, in the model’s language', () => {
  expect(isListedPlace('Nueva Zelanda', es)).toBe(true);
  expect(isListedPlace('Buenos Aires', es)).toBe(true);
  expect(isListedPlace('Verenigde Staten', nl)).toBe(true);
  // A country alone is one word; a city alone may be a person's name ("Santiago", "Victoria").
  expect(isListedPlace('Turquía', es)).toBe(true);
  expect(isListedPlace('Victoria', es)).toBe(false);
  // Part of a name, or a name around a place, is not the place.
  expect(isListedPlace('Nueva', es)).toBe(false);
  expect(isListedPlace('Carlos Nueva Zelanda', es)).toBe(false);
  expect(isListedPlace('Buenos Aires Nueva Zelanda', es)).toBe(false);
});

test('a person that is a listed place becomes a place; organisations and other people stay', () => {
  const out = listedPlaces(
    [person('Nueva Zelanda'), person('Carlos Nino'), { ...person('Estados Unidos'), type: 'ORG' as const }],
    es,
  );
  expect(out.map((m) => `${m.type} ${m.text}`)).toEqual([
    'PLACE Nueva Zelanda',
    'PERSON Carlos Nino',
    'ORG Estados Unidos',
  ]);
});
