/**
 * Names the tagger cut, made whole after tagging (src/core/entities/joined-names.ts and the
 * rules beside it), on small texts of our own.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRecogniser, modelPath } from '../../src/cli/model';
import { MentionRules } from '../../src/core/entities/mention-rules';
import { NerModel } from '../../src/core/entities/model/model';
import { expectLinear } from '../helpers/growth';
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

describe('a capitalised "The" before a name', () => {
  test('inside a sentence it is part of the name, and so it is before the same name at a sentence’s start', () => {
    const text =
      'The Harlow Widgets toured with The Fenwick Trio. The Fenwick Trio split up.\nThe Harlow Widgets played on.';
    expect(
      corrected(text, [
        ['Harlow Widgets', 'ORG'],
        ['Fenwick Trio', 'ORG'],
      ]),
    ).toEqual([
      ['Harlow Widgets', 'ORG'],
      ['The Fenwick Trio', 'ORG'],
    ]);
    const all = names(text).map(([t]) => t);
    expect(all.filter((t) => t === 'The Fenwick Trio')).toHaveLength(2);
    expect(all.filter((t) => t === 'Harlow Widgets')).toHaveLength(2);
  });
});

describe('a company suffix after a comma', () => {
  test('is part of the name, an organisation’s, whether the tagger left it out or cut it off', () => {
    const text = 'Mara Ellison of Harlow Games Systems, Inc. spoke. Fenwick, Ltd. agreed; so did Ames, Inc.';
    expect(
      corrected(text, [
        ['Mara Ellison', 'PERSON'],
        ['Harlow Games Systems', 'ORG'],
        ['Inc.', 'OTHER'],
        ['Fenwick', 'PERSON'],
        ['Ames', 'ORG'],
      ]),
    ).toEqual([
      ['Mara Ellison', 'PERSON'],
      ['Harlow Games Systems, Inc.', 'ORG'],
      ['Fenwick, Ltd.', 'ORG'],
      ['Ames, Inc.', 'ORG'],
    ]);
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

  test('several pieces inside a title make one name; a mention across a title’s edge leaves it as it was', () => {
    const text = 'Tickets for "Night Harbor Blues Live" sold out; the Grey "Falcon Rising" tour did not.';
    expect(
      corrected(text, [
        ['Night', 'PLACE'],
        ['Harbor Blues', 'ORG'],
        ['Grey "Falcon', 'ORG'],
      ]),
    ).toEqual([
      ['Night Harbor Blues Live', 'OTHER'],
      ['Grey "Falcon', 'ORG'],
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

describe('a name’s kind gives its type', () => {
  test('venues and places by their last word, events, awards and laws by theirs or by their head', () => {
    const text =
      'The band plays the Harlow Sun Arena, then Fenwick Park. It won the Harlow Music Prize at the Fenwick Bowl, as the Harlow Act and the Siege of Fenwick had it.';
    expect(
      corrected(text, [
        ['Harlow Sun Arena', 'ORG'],
        ['Fenwick Park', 'ORG'],
        ['Harlow Music Prize', 'ORG'],
        ['Fenwick Bowl', 'PLACE'],
        ['Harlow Act', 'ORG'],
        ['Siege of Fenwick', 'ORG'],
      ]),
    ).toEqual([
      ['Harlow Sun Arena', 'PLACE'],
      ['Fenwick Park', 'PLACE'],
      ['Harlow Music Prize', 'OTHER'],
      ['Fenwick Bowl', 'OTHER'],
      ['Harlow Act', 'OTHER'],
      ['Siege of Fenwick', 'OTHER'],
    ]);
  });

  test('a building named after a person is no person', () => {
    expect(
      corrected('He spoke at Harlow Tower, across from the Fenwick Plaza.', [
        ['Harlow Tower', 'PERSON'],
        ['Fenwick Plaza', 'PERSON'],
      ]),
    ).toEqual([
      ['Harlow Tower', 'PLACE'],
      ['Fenwick Plaza', 'PLACE'],
    ]);
  });

  test('a person keeps a place-like surname', () => {
    expect(corrected('Officials said Mara Park would speak.', [['Mara Park', 'PERSON']])).toEqual([
      ['Mara Park', 'PERSON'],
    ]);
  });
});

describe('names with a slash between them', () => {
  test('are two names; an acronym with a slash stays whole', () => {
    const text = 'Executives from Harlow/Fenwick met fans of AC/DC.';
    expect(
      corrected(text, [
        ['Harlow/Fenwick', 'ORG'],
        ['AC/DC', 'ORG'],
      ]),
    ).toEqual([
      ['Harlow', 'ORG'],
      ['Fenwick', 'ORG'],
      ['AC/DC', 'ORG'],
    ]);
  });

  test('an agency and a photo library in a photo credit are two names', () => {
    const text = 'The rally in Lyon. (Mara Quint/AFP/Corbel Images)';
    expect(corrected(text, [['AFP/Corbel Images', 'ORG']])).toEqual([
      ['AFP', 'ORG'],
      ['Corbel Images', 'ORG'],
    ]);
  });
});

describe('names written with a lower-case first letter', () => {
  test('a word like "iPhone" is a product, a company where the word lists know it; not a surname like "McGill", an address or a unit', () => {
    const found = names(
      'Buyers of the new iPhone and older iPods sold them on eBay. Apple said iOS would change. McGill signed at example.com/iPad, using 5 kWh.',
    );
    expect(found).toContainEqual(['iPhone', 'OTHER']);
    expect(found).toContainEqual(['iPods', 'OTHER']);
    expect(found).toContainEqual(['iOS', 'OTHER']);
    expect(found).toContainEqual(['eBay', 'ORG']);
    expect(found.some(([t]) => t === 'iPad' || t === 'kWh' || t === 'cGill')).toBe(false);
  });

  test('no name inside a web address; a name beside it stays', () => {
    const found = names(
      'Apple posted the recall at https://support.example.com/Apple/iPhone and www.example.org/Recalls.',
    );
    expect(found).toEqual([['Apple', 'ORG']]);
  });
});

describe('a company written as capitals joined by "&"', () => {
  test('is an organisation wherever the article writes it, also where the tagger saw no name; "R&D" and "Q&A" are not', () => {
    const text =
      'Weather should ease by Thursday, allowing PG&E to begin restoring power. PG&E\u2019s crews and AT&T staff worked on R&D and a Q&A.';
    const found = corrected(text, []);
    expect(found.filter(([t]) => t === 'PG&E')).toEqual([
      ['PG&E', 'ORG'],
      ['PG&E', 'ORG'],
    ]);
    expect(found).toContainEqual(['AT&T', 'ORG']);
    expect(found.some(([t]) => t === 'R&D' || t === 'Q&A')).toBe(false);
    // The second, possessive one at its own place.
    expect(
      rules
        .apply(text, [])
        .filter((m) => m.text === 'PG&E')
        .map((m) => m.start),
    ).toEqual([text.indexOf('PG&E'), text.lastIndexOf('PG&E')]);
    // A name already covering it is kept as the tagger gave it.
    expect(corrected('Shares of AT&T Inc. rose.', [['AT&T Inc.', 'ORG']])).toEqual([['AT&T Inc.', 'ORG']]);
  });
});

describe('clubs named by their city in a result', () => {
  test('two places with a result between them are the clubs, throughout the paragraph; countries stay places', () => {
    const text =
      'Winnipeg defeated Nashville 4-2. Winnipeg has won three in a row. Spain beat Italy. Palm Bay d. Rockledge 70-44';
    const places = ['Winnipeg', 'Nashville', 'Spain', 'Italy', 'Palm Bay', 'Rockledge'].map(
      (t): [string, EntityType] => [t, 'PLACE'],
    );
    const found = rules
      .apply(
        text,
        places.flatMap(([t]) =>
          [...text.matchAll(new RegExp(t, 'g'))].map((m) => ({
            blockId: 0,
            start: m.index,
            end: m.index + t.length,
            text: t,
            type: 'PLACE' as EntityType,
          })),
        ),
      )
      .map((m) => [m.text, m.type]);
    expect(found).toEqual([
      ['Winnipeg', 'ORG'],
      ['Nashville', 'ORG'],
      ['Winnipeg', 'ORG'],
      ['Spain', 'PLACE'],
      ['Italy', 'PLACE'],
      ['Palm Bay', 'ORG'],
      ['Rockledge', 'ORG'],
    ]);
    // Without a result between them, places stay places.
    expect(
      corrected('Flights from Winnipeg to Nashville resumed.', [
        ['Winnipeg', 'PLACE'],
        ['Nashville', 'PLACE'],
      ]),
    ).toEqual([
      ['Winnipeg', 'PLACE'],
      ['Nashville', 'PLACE'],
    ]);
  });
});

describe('these corrections grow linearly', () => {
  /** A distinct capitalised made-up word for each i ("Zorbabet", "Zorbacet", ...). */
  const word = (i: number): string =>
    'Zorb' + [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('') + 'et';
  const unit = (i: number): string =>
    `Fans of The ${word(i)} Trio bought the i${word(i)} at ${word(i)}’s, ${word(i)}x/${word(i)}y and ${word(i)}z, Inc. ` +
    `after the "${word(i)} of the Night" tour and the Battle of ${word(i)}. `;
  test('one long paragraph of many quoted titles, brands and joined names', () => {
    expectLinear(
      (n) => Array.from({ length: n }, (_, i) => unit(i)).join(''),
      (text) => recogniser.recognise([{ id: 0, kind: 'paragraph', text }]),
      20,
    );
  }, 60_000);
});

describe('software named with ".js"', () => {
  test('a capitalised word ending in ".js" is an other name, not a file or an address', () => {
    const text =
      'Teams moved to Quillo.js last year; the old build read config.js from cdn.example.com/Lib.js instead.';
    expect(corrected(text, [['Quillo', 'ORG']])).toEqual([['Quillo.js', 'OTHER']]);
  });
});
