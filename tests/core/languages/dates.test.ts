import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../../src/core/dates/chrono-dates';

/** Published on Thursday 26 November 2026. */
const reference = { instant: new Date('2026-11-26T09:00:00+01:00'), timezoneOffset: 60 };

const dates = (text: string, lang: string): string[] =>
  recogniseDates([{ id: 0, kind: 'paragraph', text }], reference, lang).map(
    (d) => `${d.text}=${d.value}${d.mod ? `/${d.mod}` : ''}`,
  );

describe('dates in other languages, against the publication date', () => {
  test('German', () => {
    expect(
      dates(
        'Die Regierung hat am Dienstag einen Vorschlag gemacht. Nach dem 1. Oktober 2014 war alles anders. Bis Ende 2029 sollen Wohnungen entstehen.',
        'de',
      ),
    ).toEqual(['Dienstag=2026-11-24', '1. Oktober 2014=2014-10-01', 'Ende 2029=2029/END']);
  });

  test('Spanish: a day without a year is the one gone by', () => {
    expect(
      dates(
        'El Gobierno presentó el martes una propuesta. Dijo el 3 de marzo que a finales de 2029 habrá viviendas.',
        'es',
      ),
    ).toEqual(['martes=2026-11-24', '3 de marzo=2026-03-03', 'finales de 2029=2029/END']);
  });

  test('Dutch, French, Italian, Portuguese', () => {
    expect(dates('De regering deed dinsdag een voorstel. Sinds 1 oktober 2014 en tot eind 2029.', 'nl')).toEqual([
      'dinsdag=2026-11-24',
      '1 oktober 2014=2014-10-01',
      'eind 2029=2029/END',
    ]);
    expect(dates('Le gouvernement a présenté mardi une proposition, depuis le 1er octobre 2014.', 'fr')).toEqual([
      'mardi=2026-11-24',
      '1er octobre 2014=2014-10-01',
    ]);
    expect(dates('Il governo ha presentato il 3 marzo 2025 una proposta.', 'it')).toEqual(['3 marzo 2025=2025-03-03']);
    expect(dates('O governo apresentou em 3 de março de 2025 uma proposta.', 'pt')).toEqual([
      '3 de março de 2025=2025-03-03',
    ]);
  });

  test('Polish, which chrono does not read: days of months, weekdays and years', () => {
    expect(
      dates(
        'Rząd przedstawił we wtorek propozycję. Od 1 października 2014 r. wszystko się zmieniło do końca 2029 roku.',
        'pl',
      ),
    ).toEqual(['wtorek=2026-11-24', '1 października 2014 r.=2014-10-01', 'końca 2029=2029/END']);
  });

  test('a year is not a price, an amount or part of a number', () => {
    expect(dates('Das kostet 2020 € und 1.999 Euro, 2015% mehr als 2019.', 'de')).toEqual(['2019=2019']);
  });

  test('"now" is not a date, nor a weekday abbreviation standing alone for a word', () => {
    expect(dates('So gibt es viele Wege. Jetzt kommt er. Mo., 4. Mai 2015 war gut.', 'de')).toEqual([
      '4. Mai 2015=2015-05-04',
    ]);
    expect(dates('Ahora el ministro habla; hoy no.', 'es')).toEqual(['hoy=2026-11-26']);
    expect(dates('Nu is het zo. Zo gaat het, zei hij op ma 23 november.', 'nl')).toEqual(['ma 23 november=2026-11-23']);
    // "vrij" (free) is also chrono's Friday: alone it is the word; "vrijdag" stays a day.
    expect(dates('De stad wil het geld vrij te maken; het plan is vrij duur. Vrijdag stemt de raad.', 'nl')).toEqual([
      'Vrijdag=2026-11-27',
    ]);
  });

  test('a span, a habit, a fraction or a word that holds a date is no date', () => {
    expect(dates('Autorisé par tranche de quatre mois, puis pendant deux ans, et dans trois mois.', 'fr')).toEqual([
      'dans trois mois=2027-02',
    ]);
    expect(dates('Er blieb für drei Monate. Jeden Dienstag kocht er.', 'de')).toEqual([]);
    expect(dates('Trabajó durante tres meses y cada lunes descansa.', 'es')).toEqual([]);
    expect(
      dates(
        'Каждую пятницу мы готовим пиццу. 200 гр майонеза, сок 1/3 лайма, в декрете, 1,5 года назад, на последней странице.',
        'ru',
      ),
    ).toEqual([]);
    expect(dates('Голосование продлится до 8 октября. Награждение пройдет в октябре – участники.', 'ru')).toEqual([
      '8 октября=2026-10-08',
      'октябре=2026-10',
    ]);
  });

  test('"today" in every language is the moment of writing, not a date of the story', () => {
    const present = (text: string, lang: string): string[] =>
      recogniseDates([{ id: 0, kind: 'paragraph', text }], reference, lang)
        .filter((d) => d.present)
        .map((d) => d.text);
    expect(present('Hoy el ministro habla.', 'es')).toEqual(['Hoy']);
    expect(present('Heute spricht der Minister.', 'de')).toEqual(['Heute']);
    expect(present("Le ministre parle aujourd'hui.", 'fr')).toEqual(["aujourd'hui"]);
    expect(present('Vandaag spreekt de minister.', 'nl')).toEqual(['Vandaag']);
  });

  test('months, parts of months, decades and centuries', () => {
    expect(
      dates('Im Oktober stieg es, Anfang März fiel es. In den 1990er Jahren und im 20. Jahrhundert.', 'de'),
    ).toEqual(['Oktober=2026-10', 'Anfang März=2026-03/START', '1990er Jahren=199', '20. Jahrhundert=19']);
    expect(dates('En marzo subió; a mediados de mayo bajó. En los años 90 y en el siglo XX.', 'es')).toEqual([
      'marzo=2026-03',
      'mediados de mayo=2026-05/MID',
      'años 90=199',
      'siglo XX=19',
    ]);
    expect(dates('En octobre il monte, fin mars il part. Dans les années 1990, au XXe siècle.', 'fr')).toEqual([
      'octobre=2026-10',
      'fin mars=2026-03/END',
      'années 1990=199',
      'XXe siècle=19',
    ]);
    expect(dates('Begin maart kwam hij. In de jaren negentig.', 'nl')).toEqual([
      'Begin maart=2026-03/START',
      'jaren negentig=199',
    ]);
    expect(dates('W marcu wzrosło, pod koniec maja spadło, w październiku 2023 roku i w latach 90.', 'pl')).toEqual([
      'marcu=2026-03',
      'koniec maja=2026-05/END',
      'październiku 2023 roku=2023-10',
      'latach 90=199',
    ]);
  });

  test('a month named as a word of another kind is no date', () => {
    // "Mars" inside a French sentence is the planet; a Polish month's form alone may be a word.
    expect(dates('La sonde a atteint Mars hier soir.', 'fr')).toEqual(['hier soir=2026-11-25TEV']);
    expect(dates('Clínica Mayo informó.', 'es')).toEqual([]);
  });

  test('past and coming weekdays, years, months and weeks; counts ago', () => {
    expect(dates('El domingo pasado habló; el año pasado creció, la semana pasada y hace dos semanas.', 'es')).toEqual([
      'domingo pasado=2026-11-22',
      'año pasado=2025',
      'semana pasada=2026-W47',
      'hace dos semanas=2026-11-12',
    ]);
    expect(dates('Vor zwei Wochen kam er, vor dem 1. Mai.', 'de')).toEqual([
      'Vor zwei Wochen=2026-11-12',
      '1. Mai=2026-05-01',
    ]);
    expect(dates('Am kommenden Montag und am vergangenen Freitag.', 'de')).toEqual([
      'kommenden Montag=2026-11-30',
      'vergangenen Freitag=2026-11-20',
    ]);
    expect(dates('Afgelopen zondag en komende maandag.', 'nl')).toEqual([
      'Afgelopen zondag=2026-11-22',
      'komende maandag=2026-11-30',
    ]);
  });

  test('Polish days, relative periods, counts ago and numeric dates', () => {
    expect(
      dates(
        'Wczoraj mówił. W ubiegłym roku wzrosło, w zeszłym tygodniu spadło. Dwa tygodnie temu, 12.10.2023 r. i w ubiegłą niedzielę.',
        'pl',
      ),
    ).toEqual([
      'Wczoraj=2026-11-25',
      'ubiegłym roku=2025',
      'zeszłym tygodniu=2026-W47',
      'Dwa tygodnie temu=2026-11-12',
      '12.10.2023 r.=2023-10-12',
      'ubiegłą niedzielę=2026-11-22',
    ]);
  });

  test('this week, month and year; quarters; seasons placed by a word; parts of relative periods', () => {
    expect(dates('Diese Woche, im ersten Quartal, Ende vergangenen Jahres und am Dienstagabend.', 'de')).toEqual([
      'Diese Woche=2026-W48',
      'ersten Quartal=2026-Q1',
      'Ende vergangenen Jahres=2025/END',
      'Dienstagabend=2026-11-24TEV',
    ]);
    expect(
      dates('Este año, el verano pasado, en el primer trimestre de 2024 y a finales del año pasado.', 'es'),
    ).toEqual([
      'Este año=2026',
      'verano pasado=2026-SU',
      'primer trimestre de 2024=2024-Q1',
      'finales del año pasado=2025/END',
    ]);
    expect(dates("Cette année, cet été, au premier trimestre et fin de l'année dernière.", 'fr')).toEqual([
      'Cette année=2026',
      'cet été=2026-SU',
      'premier trimestre=2026-Q1',
      "fin de l'année dernière=2025/END",
    ]);
    expect(dates('Deze week, deze zomer, het eerste kwartaal, eind vorig jaar en dinsdagavond.', 'nl')).toEqual([
      'Deze week=2026-W48',
      'deze zomer=2026-SU',
      'eerste kwartaal=2026-Q1',
      'eind vorig jaar=2025/END',
      'dinsdagavond=2026-11-24TEV',
    ]);
    expect(dates('W tym roku, tego lata, w pierwszym kwartale i pod koniec ubiegłego roku.', 'pl')).toEqual([
      'tym roku=2026',
      'tego lata=2026-SU',
      'pierwszym kwartale=2026-Q1',
      'koniec ubiegłego roku=2025/END',
    ]);
    // A season alone is any summer; "de la mañana" is the morning, not tomorrow.
    expect(dates('Im Sommer ist es warm.', 'de')).toEqual([]);
    expect(dates('Llegó el lunes a las 10 de la mañana.', 'es')).toEqual(['lunes a las 10=2026-11-23T10:00']);
  });

  test('a number after words of quantity, or before people counted, is no year', () => {
    expect(dates('El conflicto lleva más de 2000 desde 2015; unos 1800 miembros votaron.', 'es')).toEqual([
      '2015=2015',
    ]);
    expect(dates('Rund 1500 Menschen kamen, mehr als 2000 im Jahr 2019.', 'de')).toEqual(['2019=2019']);
    expect(dates('Plus de 2000 personnes, environ 1800 en 2019.', 'fr')).toEqual(['2019=2019']);
    expect(dates('Ruim 2000 mensen kwamen in 2019.', 'nl')).toEqual(['2019=2019']);
    expect(dates('Ponad 2000 osób przyszło w 2019 roku.', 'pl').map((d) => d.split('=')[1])).toEqual(['2019']);
    // A part of the year makes the number a year ("a finales de 2000").
    expect(dates('Casi a finales de 2000.', 'es')).toEqual(['finales de 2000=2000/END']);
  });

  test('no dates in a language without Latin years', () => {
    expect(dates('في 3 مارس 2025', 'ar')).toEqual([]);
  });
});
