import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/core/segment/sentences';
import { expectLinear } from '../../helpers/growth';

const sentences = (text: string, lang: string): string[] =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentences in other languages', () => {
  test('German: ordinal dots and abbreviations end no sentence', () => {
    expect(
      sentences(
        'Nach dem 1. Oktober 2014 war alles anders. Dr. Müller sagte, z. B. am 3. März sei es soweit. Das kostet ca. 3 Mio. Euro. Dann ging er.',
        'de',
      ),
    ).toEqual([
      'Nach dem 1. Oktober 2014 war alles anders.',
      'Dr. Müller sagte, z. B. am 3. März sei es soweit.',
      'Das kostet ca. 3 Mio. Euro.',
      'Dann ging er.',
    ]);
  });

  test('Spanish: Sr., Sra. and EE. UU. end no sentence; a number does', () => {
    expect(sentences('El Sr. García llegó el día 2. La Sra. López dijo que sí. EE. UU. no respondió.', 'es')).toEqual([
      'El Sr. García llegó el día 2.',
      'La Sra. López dijo que sí.',
      'EE. UU. no respondió.',
    ]);
  });

  test('Dutch and Polish', () => {
    expect(sentences('Volgens dhr. Jansen is het klaar. Mevr. de Vries zweeg.', 'nl')).toEqual([
      'Volgens dhr. Jansen is het klaar.',
      'Mevr. de Vries zweeg.',
    ]);
    // A year's "r." ends a clause's sentence (Polish writes one stop), not a sentence's opening words.
    expect(sentences('Klub zdobył puchar w Krakowie w maju 2019 r. Trener odszedł rok później.', 'pl')).toEqual([
      'Klub zdobył puchar w Krakowie w maju 2019 r.',
      'Trener odszedł rok później.',
    ]);
    expect(sentences('W 2019 r. Kraków wygrał konkurs.', 'pl')).toEqual(['W 2019 r. Kraków wygrał konkurs.']);
    expect(sentences('Minister prof. Nowak przyjechał 1. maja. Potem wyjechał.', 'pl')).toEqual([
      'Minister prof. Nowak przyjechał 1. maja.',
      'Potem wyjechał.',
    ]);
  });

  test('Japanese and Chinese full stops', () => {
    expect(sentences('政府は火曜日に提案した。野党は反対した。', 'ja')).toEqual([
      '政府は火曜日に提案した。',
      '野党は反対した。',
    ]);
  });

  test('offsets are exact and white space belongs to no sentence', () => {
    const text = '  Erster Satz.   Zweiter Satz.  ';
    expect(splitSentences(text, 'de')).toEqual([
      { start: 2, end: 14 },
      { start: 17, end: 30 },
    ]);
  });
});

describe('sentences in other languages, on hostile text', () => {
  test('thousands of short lines, stops or tabs: time grows with the text, not faster', () => {
    for (const unit of ['\n\t', 'a. ', '\t\t', 'Dr. ']) {
      expectLinear(
        (n) => 'x' + unit.repeat(Math.ceil(n / unit.length)) + 'y.',
        (text) => splitSentences(text, 'de'),
        10_000,
        4,
      );
    }
  });

  test('a long line is cut after a sentence, and its offsets stay exact', () => {
    const sentence = 'Die Regierung hat am Dienstag einen neuen Vorschlag vorgelegt. ';
    const text = sentence.repeat(60).trim();
    const spans = splitSentences(text, 'de');
    expect(spans).toHaveLength(60);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(sentence.trim());
  });
});
