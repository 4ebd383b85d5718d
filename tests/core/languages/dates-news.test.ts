import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../../src/core/dates/chrono-dates';

/** Published on Thursday 26 November 2026, 09:00 in Central Europe. */
const reference = { instant: new Date('2026-11-26T09:00:00+01:00'), timezoneOffset: 60 };

/** Each date as "text=value" over paragraphs (one block each). */
const dates = (lang: string, ...paragraphs: string[]): string[] =>
  recogniseDates(
    paragraphs.map((text, id) => ({ id, kind: 'paragraph' as const, text })),
    reference,
    lang,
  ).map((d) => `${d.text}=${d.value}${d.endValue ? `/${d.endValue}` : ''}`);

describe('parts of the day in other languages', () => {
  test('a part of the day alone is the publication day’s, or the day before’s', () => {
    expect(dates('nl', 'De burgemeester opende vanmiddag het nieuwe zwembad.')).toEqual(['vanmiddag=2026-11-26TAF']);
    expect(dates('fr', 'Le maire a inauguré ce matin la piscine, puis a parlé dans la soirée.')).toEqual([
      'ce matin=2026-11-26TMO',
      'dans la soirée=2026-11-26TEV',
    ]);
    expect(dates('es', 'El alcalde inauguró anoche la piscina.')).toEqual(['anoche=2026-11-25TNI']);
    expect(dates('de', 'Die Aktie fiel am Nachmittag um zwei Prozent.')).toEqual(['Nachmittag=2026-11-26TAF']);
    expect(dates('pl', 'Kurs złotego spadł po południu.')).toEqual(['po południu=2026-11-26TAF']);
  });

  test('a weekday takes its evening, not its morning; yesterday takes either', () => {
    expect(dates('de', 'Der Stadtrat tagte am Montagabend, der Ausschuss am Montagmorgen.')).toEqual([
      'Montagabend=2026-11-23TEV',
      'Montagmorgen=2026-11-23',
    ]);
    expect(dates('pl', 'Rada miasta zebrała się w poniedziałek wieczorem.')).toEqual([
      'poniedziałek wieczorem=2026-11-23TEV',
    ]);
    expect(dates('fr', 'Le conseil s’est réuni hier matin.')).toEqual(['hier matin=2026-11-25TMO']);
    expect(dates('nl', 'De raad vergaderde maandagavond.')).toEqual(['maandagavond=2026-11-23TEV']);
  });
});

describe('clock times in other languages', () => {
  test('a time alone is on the day the story last named, in its paragraph or the one before', () => {
    expect(dates('de', 'Die Sitzung ist für den 4. Dezember angesetzt, Beginn um 10 Uhr.')).toEqual([
      '4. Dezember=2026-12-04',
      '10 Uhr=2026-12-04T10:00',
    ]);
    expect(dates('es', 'El concierto será el sábado.', 'Las puertas se abrirán a las 20.30.')).toEqual([
      'sábado=2026-11-28',
      '20.30=2026-11-28T20:30',
    ]);
    expect(dates('pl', 'Sesja rady odbędzie się w piątek 4 grudnia o godz. 16.')).toEqual([
      'piątek 4 grudnia=2026-12-04',
      'o godz. 16=2026-12-04T16:00',
    ]);
  });

  test('a score, an amount or a count of hours is no time', () => {
    expect(dates('es', 'El sábado el equipo ganó 3 a 0 en casa.')).toEqual(['sábado=2026-11-21']);
    expect(dates('de', 'Am Samstag hatte der Klub 4:1 gewonnen.')).toEqual(['Samstag=2026-11-21']);
    expect(dates('fr', 'Samedi, le match a duré 3 h 12 et remonte à 1998 et au titre.')).toEqual([
      'Samedi,=2026-11-21',
      '1998=1998',
    ]);
    expect(dates('de', 'Um 9 Uhr begann der Streik.')).toEqual([]);
  });
});

describe('the tense of the verb places a weekday, a month, a quarter, a day', () => {
  test('in the future: the next one', () => {
    expect(dates('es', 'La comisión se reunirá el martes y votará en febrero.')).toEqual([
      'martes=2026-12-01',
      'febrero=2027-02',
    ]);
    expect(
      dates('fr', 'La nouvelle usine sera inaugurée au premier trimestre, le salon se tiendra du 3 au 5 mars.'),
    ).toEqual(['premier trimestre=2027-Q1', '3 au 5 mars=2027-03-03/2027-03-05']);
    expect(dates('pl', 'Drużyna w środę zagra z Wisłą.')).toEqual(['środę=2026-12-02']);
    expect(dates('de', 'Entschieden wird im Januar.')).toEqual(['Januar=2027-01']);
    expect(dates('nl', 'Ajax speelt dinsdag in Madrid en moet zondag naar Utrecht.')).toEqual([
      'dinsdag=2026-12-01',
      'zondag=2026-11-29',
    ]);
  });

  test('in the past: the one gone by', () => {
    expect(dates('es', 'El equipo había perdido el lunes y cayó el domingo.')).toEqual([
      'lunes=2026-11-23',
      'domingo=2026-11-22',
    ]);
    expect(dates('pl', 'Zarząd spotkał się w sobotę.')).toEqual(['sobotę=2026-11-21']);
  });

  test('"na sobotę" looks ahead; a weekday with its date is that date', () => {
    expect(dates('pl', 'Związkowcy zapowiedzieli na sobotę protest.')).toEqual(['sobotę=2026-11-28']);
    expect(dates('pl', 'Mecz rozegrano w niedzielę 22 listopada.')).toEqual(['niedzielę 22 listopada=2026-11-22']);
  });
});

describe('ranges and relative years', () => {
  test('a range takes its year from its end, and leans back whole', () => {
    expect(dates('fr', 'Le festival a eu lieu du 28 décembre au 3 janvier 2026.')).toEqual([
      '28 décembre au 3 janvier 2026=2025-12-28/2026-01-03',
    ]);
    expect(dates('fr', 'Le musée a fermé du 10 au 20 mars.')).toEqual(['10 au 20 mars=2026-03-10/2026-03-20']);
  });

  test('"l’an dernier", "l’an prochain"; a decade ahead written in full', () => {
    expect(dates('fr', 'Le chiffre de l’an dernier et celui de l’an prochain.')).toEqual([
      'an dernier=2025',
      'an prochain=2027',
    ]);
    expect(dates('de', 'In den 2040er-Jahren wird es eng, anders als in den 1980er-Jahren.')).toEqual([
      '2040er-Jahren=204',
      '1980er-Jahren=198',
    ]);
  });

  test('the last or next quarter and weekend; a part of the year the story is in', () => {
    expect(dates('nl', 'De omzet steeg vorig kwartaal en daalt volgend jaar.')).toEqual([
      'vorig kwartaal=2026-Q3',
      'volgend jaar=2027',
    ]);
    expect(dates('fr', 'Le congrès se tiendra ce week-end.')).toEqual(['ce week-end=2026-W48-WE']);
    expect(dates('pl', 'Inflacja spadnie do końca roku.')).toEqual(['końca roku=2026']);
    expect(dates('es', 'Las obras terminarán a finales de año, no a finales de 2019.')).toEqual([
      'finales de año=2026',
      'finales de 2019=2019',
    ]);
  });
});
