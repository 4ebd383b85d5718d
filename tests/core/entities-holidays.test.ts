/**
 * Holidays and shopping days are dates, not names (src/core/entities/holidays.ts): on mentions
 * as a tagger might cut and type them, and through the English, Spanish and Dutch models.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { modelPath } from '../../src/cli/model';
import { isHoliday, withoutHolidays } from '../../src/core/entities/holidays';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import { NerModel } from '../../src/core/entities/model/model';
import type { EntityMention, EntityType } from '../../src/core/types';

/** The mentions of `tagged` ([name, type], each name's first occurrence) that are kept. */
function kept(text: string, tagged: [string, EntityType][]): string[] {
  const mentions: EntityMention[] = tagged.map(([name, type]) => {
    const start = text.indexOf(name);
    return { blockId: 0, start, end: start + name.length, text: name, type };
  });
  return withoutHolidays(new Map([[0, text]]), mentions).map((m) => m.text);
}

describe('holidays are no names', () => {
  test.each([
    [
      'a festival the tagger took for an organisation',
      'Shops in Leicester stay open for Diwali.',
      'Leicester',
      'Diwali',
    ],
    ['a shopping day', 'Retailers in Ohio expect a quiet Black Friday.', 'Ohio', 'Black Friday'],
    ['another', 'The Cyber Monday deals at Zellwood ended at noon.', 'Zellwood', 'Cyber Monday'],
    ['a holiday of several words', 'The ferry to Skye runs on Christmas Eve.', 'Skye', 'Christmas Eve'],
    ['a name before "’s Day"', 'Florists in Leeds sold out before Valentine’s Day.', 'Leeds', 'Valentine'],
    ['a saint’s day', 'The parade for St. Patrick’s Day crossed Dublin.', 'Dublin', 'St. Patrick'],
    ['a name before "’ Day"', 'Cemeteries in Cebu fill on All Souls’ Day.', 'Cebu', 'All Souls'],
    ['a name before "Sunday"', 'The tearoom in Ludlow takes bookings for Mothering Sunday.', 'Ludlow', 'Mothering'],
    ['a retailer’s shopping day', 'The kettle sold out in Leeds on Prime Day.', 'Leeds', 'Prime Day'],
    ['a festival of Cambodia', 'Pagodas near Kampot fill before Pchum Ben.', 'Kampot', 'Pchum Ben'],
    ['a holiday in the plural', 'Two Christmases ago the mill at Hexham closed.', 'Hexham', 'Christmases'],
    ['Spanish', 'Los comercios de Vigo abren en Navidad.', 'Vigo', 'Navidad'],
    ['Dutch', 'De markt in Gouda is dicht op Koningsdag.', 'Gouda', 'Koningsdag'],
  ])('%s: %s', (_, text, place, holiday) => {
    expect(
      kept(text, [
        [holiday, 'ORG'],
        [place, 'PLACE'],
      ]),
    ).toEqual([place]);
  });

  test('a name that holds a holiday among other words stays a name', () => {
    const text = 'A Christmas Carol opens at the Easter Island museum before the Thanksgiving Day Parade.';
    const tagged: [string, EntityType][] = [
      ['A Christmas Carol', 'OTHER'],
      ['Easter Island', 'PLACE'],
      ['Thanksgiving Day Parade', 'OTHER'],
    ];
    expect(kept(text, tagged)).toEqual(['A Christmas Carol', 'Easter Island', 'Thanksgiving Day Parade']);
    // "Patrick’s Dayton office": a name before "’s" and a longer word is a name.
    const office = 'Patrick’s Dayton office closed.';
    expect(isHoliday(office, { blockId: 0, start: 0, end: 7, text: 'Patrick', type: 'PERSON' })).toBe(false);
    // "Palm Sundays" and "Souls’ Dayton": a tail inside a longer word is no holiday's.
    expect(
      kept('Palm Sundays were quiet at Souls’ Dayton.', [
        ['Palm', 'ORG'],
        ['Souls', 'ORG'],
      ]),
    ).toEqual(['Palm', 'Souls']);
  });
});

describe('through the models', () => {
  const recogniser = (lang = 'en'): ModelRecogniser =>
    ModelRecogniser.fromModel(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath(lang)))));
  const names = (lang: string, text: string): string[] =>
    recogniser(lang)
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .map((m) => m.text);

  test('no holiday is a name, in English, Spanish or Dutch', () => {
    const en = names(
      'en',
      'Priya Nair said her shop in Leicester sold twice as many sweets for Diwali as last year, and expects Black Friday and Cyber Monday to be quieter. Her brother flies to Toronto for Christmas and Hanukkah.',
    );
    expect(en).toEqual(expect.arrayContaining(['Priya Nair', 'Leicester', 'Toronto']));
    for (const holiday of ['Diwali', 'Black Friday', 'Cyber Monday', 'Christmas', 'Hanukkah'])
      expect(en).not.toContain(holiday);
    expect(names('es', 'Marta López dijo que las tiendas de Vigo abrirán en Navidad y en Semana Santa.')).not.toEqual(
      expect.arrayContaining(['Navidad']),
    );
    expect(names('nl', 'Jan Bakker zei dat de markt in Gouda op Koningsdag en met Pasen dicht is.')).not.toEqual(
      expect.arrayContaining(['Koningsdag']),
    );
  });
});
