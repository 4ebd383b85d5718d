/**
 * The English corrections after tagging (src/core/entities/mention-rules.ts), on small texts
 * of our own: whole words, titles outside names, a sentence's "The", dates after names,
 * particles, organisation words and spelled-out acronyms.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRecogniser, modelPath } from '../../src/cli/model';
import { MentionRules } from '../../src/core/entities/mention-rules';
import { expectLinear } from '../helpers/growth';
import { NerModel } from '../../src/core/entities/model/model';
import type { EntityMention, EntityType } from '../../src/core/types';

const recogniser = loadRecogniser();
const names = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('names after tagging', () => {
  test('a name with "&" is a whole word and an organisation', () => {
    const found = names('Officials at PG&E said the outage would end soon. AT&T and Verizon restored service.');
    expect(found).toContainEqual(['PG&E', 'ORG']);
    expect(found).toContainEqual(['AT&T', 'ORG']);
    expect(found.some(([t]) => t === '&' || t.startsWith('&'))).toBe(false);
  });

  test('an honorific is outside a person’s name, whatever type the run was given', () => {
    const found = names('Mr. Garrett then swung the helmet at Mr. Rudolph, who was not hurt.');
    expect(found).toContainEqual(['Garrett', 'PERSON']);
    expect(found.some(([t]) => t.startsWith('Mr'))).toBe(false);
  });

  test('a councillor’s title ("Cllr", "Coun") is outside the name', () => {
    const found = names('Its chairman, Coun Pauline Tindall, said so. Cllr Orla Keane of the Greens agreed.');
    expect(found).toContainEqual(['Pauline Tindall', 'PERSON']);
    expect(found).toContainEqual(['Orla Keane', 'PERSON']);
    expect(found.some(([t]) => t.startsWith('Coun') || t.startsWith('Cllr'))).toBe(false);
  });

  test('a title splits an acronym from the person after it', () => {
    const found = names(
      'NATO Secretary General Mark Rutte said the alliance was ready. CPUC President Marybel Batjer said power must stay on.',
    );
    expect(found).toContainEqual(['NATO', 'ORG']);
    expect(found).toContainEqual(['Mark Rutte', 'PERSON']);
    expect(found).toContainEqual(['CPUC', 'ORG']);
    expect(found).toContainEqual(['Marybel Batjer', 'PERSON']);
  });

  test('"General" before a common noun is part of an organisation’s name, no rank (names46a)', () => {
    const found = names(
      'Ambulances queued outside Harrowgate General Infirmary on Tuesday. Cascade General Electric cut power to 9,000 homes, said Army General Tobias Miller.',
    );
    expect(found).toContainEqual(['Harrowgate General Infirmary', 'ORG']);
    expect(found).toContainEqual(['Cascade General Electric', 'ORG']);
    expect(found).toContainEqual(['Tobias Miller', 'PERSON']);
  });

  test('"St." is no title: a saint’s place stays whole', () => {
    const found = names('The team flew to St. Louis on Friday.');
    expect(found).toContainEqual(['St. Louis', 'PLACE']);
  });

  test('a first name and a particle before a surname make one person, a firm ending in an organisation word an organisation', () => {
    const found = names(
      'Jan de Vries, chief executive of the Rotterdam logistics firm Vries Cargo, said freight rates had tripled.',
    );
    expect(found).toContainEqual(['Jan de Vries', 'PERSON']);
    expect(found).toContainEqual(['Vries Cargo', 'ORG']);
    expect(found.some(([t]) => t === 'Vries')).toBe(false);
  });

  test('a sentence’s first "The" is outside a name the article never writes with it mid-sentence', () => {
    const found = names('The New York Times reported the fire. Officials told the New York Times it was out.');
    expect(found.filter(([t]) => t === 'New York Times')).toHaveLength(2);
    const kept = names('She reads The New York Times daily. The New York Times reported the fire.');
    expect(kept.filter(([t]) => t === 'The New York Times')).toHaveLength(2);
  });

  test('a name joined to a lower-case word by a hyphen is one OTHER name, as CoNLL marks it (names.md)', () => {
    const found = names(
      'An analyst at Stratfor, the Texas-based intelligence firm, said U.S.-backed rebels left. The NBA-leading Lakers won.',
    );
    expect(found).toContainEqual(['Texas-based', 'OTHER']);
    expect(found).toContainEqual(['U.S.-backed', 'OTHER']);
    expect(found.map(([t]) => t)).not.toContain('U.S.');
    expect(found.map(([t]) => t)).toContain('Lakers');
  });

  test('a weekday after a name is not part of it', () => {
    const found = names('Two officials testified before the House Intelligence Committee Tuesday about the call.');
    expect(found).toContainEqual(['House Intelligence Committee', 'ORG']);
  });

  test('an organisation’s acronym spelled out in brackets is an organisation wherever it stands', () => {
    const found = names(
      'The Federal Bureau of Investigation (FBI) opened an inquiry. Later the FBI said it had found nothing, and FBI agents left.',
    );
    expect(found.filter(([t, type]) => t === 'FBI' && type === 'ORG')).toHaveLength(3);
  });

  test('a law’s acronym or one written as a word takes the spelled-out name’s type when its letters are the initials', () => {
    const law = names(
      'Shops must follow the Consumer Goods Labelling Act (CGLA) from May. Under the CGLA, every tin carries a date.',
    );
    expect(law).toContainEqual(['Consumer Goods Labelling Act', 'OTHER']);
    expect(law.filter(([t, type]) => t === 'CGLA' && type === 'OTHER')).toHaveLength(2);
    const union = names(
      'The Malawi National Union of Nurses (Mnun) called a strike. Mnun officials met the minister on Friday.',
    );
    expect(union.filter(([t, type]) => t === 'Mnun' && type === 'ORG')).toHaveLength(2);
  });

  test('abbreviations of common nouns are no names', () => {
    const found = names(
      'Ford is rolling out an electric SUV. The plant adds 3 GW of capacity before the IPO next year.',
    );
    expect(found.map(([t]) => t)).not.toContain('SUV');
    expect(found.map(([t]) => t)).not.toContain('GW');
    expect(found.map(([t]) => t)).not.toContain('IPO');
    expect(found).toContainEqual(['Ford', 'ORG']);
  });
});

describe('names in context', () => {
  test('a one-word name the article writes as a company is an organisation, a person named in full stays one', () => {
    const text =
      'Zorblat declined to comment. A Zorblat spokesperson said the firm would cut jobs. ' +
      'Zorblat agreed to a rescue. Mara Quint, who founded it, said Quint would stay.';
    const found = names(text);
    expect(found.filter(([t]) => t === 'Zorblat').every(([, type]) => type === 'ORG')).toBe(true);
    expect(found.filter(([t]) => t === 'Zorblat').length).toBeGreaterThan(0);
    expect(found).toContainEqual(['Mara Quint', 'PERSON']);
  });

  test('a place before a player’s position is its club, there and elsewhere in the text', () => {
    const found = names(
      'Garrett was suspended for hitting the Pittsburgh quarterback with a helmet. Pittsburgh lost again on Sunday.',
    );
    expect(found.filter(([t]) => t === 'Pittsburgh')).toEqual([
      ['Pittsburgh', 'ORG'],
      ['Pittsburgh', 'ORG'],
    ]);
  });

  test('the agency after a dateline is named', () => {
    const dateline = names('LOS ANGELES (AP) — The Lakers won again on Tuesday.');
    expect(dateline.slice(0, 2)).toEqual([
      ['LOS ANGELES', 'PLACE'],
      ['AP', 'ORG'],
    ]);
  });
});

describe('names cut short', () => {
  test('two names with one capitalised word between them are one name', () => {
    // One name, not two; a league acting as a body is an organisation (the names guidelines).
    expect(names('He was drafted by the National Football League in 2017.')).toEqual([
      ['National Football League', 'ORG'],
    ]);
    expect(
      names('The blue-chip Dow Jones Industrial Average fell on Friday and bond yields rose, traders said.').map(
        ([t]) => t,
      ),
    ).toContain('Dow Jones Industrial Average');
  });

  test('a name spelled out before its acronym in brackets is one name, whatever pieces the tagger cut', () => {
    const rules = new MentionRules(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath()))).gazetteers);
    const text =
      'Traders watched the index of the National Association of Purchasing Management (NAPM) closely. Officials of the Movement for Democratic Action (SDA) met.';
    const at = (name: string, type: EntityType): EntityMention => {
      const start = text.indexOf(name);
      return { blockId: 0, start, end: start + name.length, text: name, type };
    };
    const out = rules.apply(text, [
      at('National', 'OTHER'),
      at('Purchasing Management', 'ORG'),
      at('NAPM', 'ORG'),
      at('Movement', 'ORG'),
      at('Democratic Action', 'OTHER'),
      at('SDA', 'ORG'),
    ]);
    expect(out.map((m) => [m.text, m.type])).toEqual([
      ['National Association of Purchasing Management', 'ORG'],
      ['NAPM', 'ORG'],
      // Letters that are not the words' initials leave the pieces as they were.
      ['Movement', 'ORG'],
      ['Democratic Action', 'OTHER'],
      ['SDA', 'ORG'],
    ]);
  });

  test('but not across a weekday, a title, or a person', () => {
    const found = names('Officials in Texas Tuesday California said so. Smith met Jones in Paris.');
    expect(found.map(([t]) => t)).toEqual(expect.arrayContaining(['Texas', 'California', 'Smith', 'Jones', 'Paris']));
  });
});

describe('sports teams', () => {
  test('a place the word lists name as a team is the club, and so is its last word alone', () => {
    const found = names(
      'LeBron James led the Lakers to a 112-107 victory over the Oklahoma City Thunder on Tuesday night. James starred against the Thunder. It was a strong first half for the Thunder, who have lost four of five.',
    );
    expect(found).toContainEqual(['Oklahoma City Thunder', 'ORG']);
    expect(found.filter(([t]) => t === 'Thunder').map(([, type]) => type)).toEqual(['ORG', 'ORG']);
  });
});

describe('products', () => {
  test('a thing with a size is a product, and so are its other mentions', () => {
    const found = names(
      'Apple released the 16-inch MacBook Pro on Wednesday. The 16-inch MacBook Pro has a new keyboard. Reviewers liked the MacBook Pro.',
    );
    expect(found.filter(([t]) => t === 'MacBook Pro')).toEqual([
      ['MacBook Pro', 'OTHER'],
      ['MacBook Pro', 'OTHER'],
      ['MacBook Pro', 'OTHER'],
    ]);
  });

  test('a name before a part or a version of a product is the product, throughout; its maker stays an organisation', () => {
    const found = names(
      'Google launched Stadia on Tuesday. Reviewers said the Stadia firmware update broke the controllers. Stadia costs $10 a month, Google said.',
    );
    expect(found.filter(([t]) => t === 'Stadia').map(([, type]) => type)).toEqual(['OTHER', 'OTHER', 'OTHER']);
    expect(found.filter(([t]) => t === 'Google').map(([, type]) => type)).toEqual(['ORG', 'ORG']);
  });

  test('a maker before its products stays an organisation', () => {
    const found = names('Samsung smartphones sold well in Europe, Samsung said on Monday.');
    expect(found.filter(([t]) => t === 'Samsung').map(([, type]) => type)).toEqual(['ORG', 'ORG']);
  });
});

describe('titles are no names', () => {
  test('an office is no person, nor a title word before another title', () => {
    const found = names(
      'The firm named Ivan Braiker as its first Chief Strategy Officer. "I think the allegations against Vice President Biden are self-serving," Volker said.',
    );
    expect(found.map(([t]) => t)).not.toContain('Strategy Officer');
    expect(found.map(([t]) => t)).not.toContain('Vice');
    expect(found).toContainEqual(['Biden', 'PERSON']);
    expect(found).toContainEqual(['Ivan Braiker', 'PERSON']);
  });

  test('a surname that is also a title stays a person', () => {
    expect(names('The novelist Stephen King signed copies in Bangor.')).toContainEqual(['Stephen King', 'PERSON']);
  });
});

describe('planets and moons', () => {
  test('a planet or moon named alone is a place, as the names guidelines say', () => {
    const found = names(
      "NASA's Europa Clipper will swing past Mars before it reaches Jupiter in 2030. Europa, one of Jupiter's moons, hides an ocean under its ice. Scientists at NASA think Europa could hold life.",
    );
    expect(
      found.filter(([t]) => t === 'Europa' || t === 'Mars' || t === 'Jupiter').map(([t, type]) => `${t} ${type}`),
    ).toEqual(['Mars PLACE', 'Jupiter PLACE', 'Europa PLACE', 'Jupiter PLACE', 'Europa PLACE']);
  });

  test('one the tagger missed is found as a whole word only, in text order', () => {
    const rules = new MentionRules(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath()))).gazetteers);
    const text =
      'the probe flew on to Pluto, past the marsh (not Marsh) and Mars2, Mars_b and XMars, then to Mars; then Jupiter.';
    expect(rules.apply(text, []).map((m) => [m.text, m.start, m.type])).toEqual([
      ['Pluto', 21, 'PLACE'],
      ['Mars', text.indexOf('Mars;'), 'PLACE'],
      ['Jupiter', text.indexOf('Jupiter'), 'PLACE'],
    ]);
  });

  test('a firm named after one stays a firm', () => {
    const found = names(
      'Ceres Robotics won a NASA contract on Monday. Ceres will build a small lunar lander, the company said.',
    );
    expect(found.filter(([t]) => t.startsWith('Ceres')).map(([, type]) => type)).not.toContain('PLACE');
  });
});

describe('one type for a name written alike', () => {
  test('the type most of its mentions have', () => {
    const rules = new MentionRules(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath()))).gazetteers);
    const text = 'Thunder won. The Thunder lost. Fans of the Thunder cheered.';
    const mention = (from: number, type: EntityType): EntityMention => {
      const start = text.indexOf('Thunder', from);
      return { blockId: 0, start, end: start + 7, text: 'Thunder', type };
    };
    const out = rules.apply(text, [mention(0, 'ORG'), mention(13, 'PLACE'), mention(35, 'ORG')]);
    expect(out.map((m) => [m.start, m.type])).toEqual([
      [0, 'ORG'],
      [text.indexOf('Thunder', 13), 'ORG'],
      [text.indexOf('Thunder', 35), 'ORG'],
    ]);
  });
});

describe('one type for a name written alike, after names written with one type', () => {
  test('a name with two types is counted even when the names before it agree throughout', () => {
    const rules = new MentionRules(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath()))).gazetteers);
    const text = 'Zorbex met Quillan. Zorbex and Quillan won. Thunder won. The Thunder lost. The Thunder cheered.';
    // The k-th (from 0) occurrence of `name`.
    const at = (name: string, k: number, type: EntityType): EntityMention => {
      let start = text.indexOf(name);
      for (let i = 0; i < k; i++) start = text.indexOf(name, start + 1);
      return { blockId: 0, start, end: start + name.length, text: name, type };
    };
    const out = rules.apply(text, [
      at('Zorbex', 0, 'ORG'),
      at('Quillan', 0, 'PLACE'),
      at('Zorbex', 1, 'ORG'),
      at('Quillan', 1, 'PLACE'),
      at('Thunder', 0, 'ORG'),
      at('Thunder', 1, 'PLACE'),
      at('Thunder', 2, 'ORG'),
    ]);
    expect(out.filter((m) => m.text === 'Thunder').map((m) => m.type)).toEqual(['ORG', 'ORG', 'ORG']);
  });
});

describe('the corrections grow linearly', () => {
  /** A distinct capitalised made-up word for each i ("Zorbab", "Zorbac", ...). */
  const word = (i: number): string =>
    'Zorb' + [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('') + 'et';
  const unit = (i: number): string =>
    `The ${word(i)} Institute said on Monday. A ${word(i)}x spokesperson declined. ` +
    `Mr. ${word(i)}y met CPUC President Ann ${word(i)}z. The Bureau of ${word(i)} Affairs (BO${String.fromCharCode(65 + (i % 26))}) agreed. `;
  test('one long paragraph of many different names', () => {
    expectLinear(
      (n) => Array.from({ length: n }, (_, i) => unit(i)).join(''),
      (text) => recogniser.recognise([{ id: 0, kind: 'paragraph', text }]),
      20,
    );
  }, 60_000);
});
