/** A country, city or region named in full is a place, not a person, in the other languages' names. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { modelPath } from '../../src/cli/model';
import { isListedPlace, listedPlaces, withListedPlaceNames } from '../../src/core/entities/listed-places';
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

test('English: a listed place of several words read as a person is the place; one word stays', () => {
  const places = new Set(['Porto Alegre', 'Jordan']);
  const read = (text: string) =>
    withListedPlaceNames([person(text)], (name) => places.has(name)).map((m) => `${m.text}/${m.type}`);
  expect(read('Porto Alegre')).toEqual(['Porto Alegre/PLACE']);
  expect(read('Jordan')).toEqual(['Jordan/PERSON']);
  expect(read('Alegre Porto')).toEqual(['Alegre Porto/PERSON']);
});
