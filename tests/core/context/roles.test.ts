import { describe, expect, test } from 'vitest';
import { readContext } from '../../../src/core/context/read-context';
import { entitiesOf, paragraphs, type Names } from './names';

const NAMES: Names = {
  Syrsky: 'PERSON',
  Ukrainian: 'OTHER',
  'South Dakota': 'PLACE',
  'Kristi Noem': 'PERSON',
  'Tim Cook': 'PERSON',
  Apple: 'ORG',
  'Jan de Vries': 'PERSON',
  'Vries Cargo': 'ORG',
  Rotterdam: 'PLACE',
  BASF: 'ORG',
  Alibaba: 'ORG',
  'Ilhan Omar': 'PERSON',
  'David McKinley': 'PERSON',
  'Marcelo Claure': 'PERSON',
  SoftBank: 'ORG',
  'Tom Johnston': 'PERSON',
  'Michael McDonald': 'PERSON',
  'Pat Simmons': 'PERSON',
  'Kevin King': 'PERSON',
  'Timothy Weeks': 'PERSON',
  'Owen Dempsey': 'PERSON',
  'Aberdeen Royal Infirmary': 'ORG',
  'Mike Pompeo': 'PERSON',
  'Novak Djokovic': 'PERSON',
  Serbia: 'PLACE',
  WeWork: 'ORG',
  'Wall Street': 'ORG',
  'Anna Smith': 'PERSON',
  Austin: 'PLACE',
  Texas: 'PLACE',
  Croatia: 'PLACE',
  'Big Machine': 'ORG',
  'Jose Mourinho': 'PERSON',
  Mourinho: 'PERSON',
  Portuguese: 'OTHER',
  'Mauricio Pochettino': 'PERSON',
  'Rep. Dan Smith': 'OTHER',
  'Dick Clark Productions': 'ORG',
  AMAs: 'ORG',
  Spurs: 'ORG',
  England: 'PLACE',
  'Harry Kane': 'PERSON',
  Browns: 'ORG',
  Lakers: 'ORG',
  'PG&E': 'ORG',
  Pittsburgh: 'PLACE',
  NASA: 'ORG',
  DHS: 'ORG',
  'National Security Adviser John Bolton': 'ORG',
  'co-CEO Marc Benioff': 'OTHER',
  'Senate Majority Leader Mitch McConnell': 'ORG',
  'Federal Reserve Board Of Governors': 'ORG',
  'U.N. General Assembly': 'ORG',
  Salesforce: 'ORG',
  'US Justice Department': 'ORG',
  'Premier League': 'OTHER',
  'Star Trek Beyond': 'OTHER',
  Pentagon: 'ORG',
  Rudolph: 'PERSON',
  Democrat: 'OTHER',
  Minnesota: 'PLACE',
};

/** The roles an article gives, as "person = role". */
function rolesOf(...texts: string[]): string[] {
  const blocks = paragraphs(...texts);
  const entities = entitiesOf(blocks, NAMES);
  const { roles } = readContext(blocks, entities);
  return entities.flatMap((e) => (roles.get(e.id) ?? []).map((r) => `${e.name} = ${r.text}`)).sort();
}

describe('who is who', () => {
  test.each([
    ['a title with a nationality', 'Ukrainian General Syrsky visited the front.', ['Syrsky = Ukrainian General']],
    [
      'a title with a place',
      'South Dakota Gov. Kristi Noem launched the campaign.',
      ['Kristi Noem = South Dakota Gov.'],
    ],
    ['an office before the name', 'Apple CEO Tim Cook spoke first.', ['Tim Cook = Apple CEO']],
    ['Secretary of State', 'Secretary of State Mike Pompeo said nothing.', ['Mike Pompeo = Secretary of State']],
    [
      'an appositive',
      'Jan de Vries, chief executive of the Rotterdam logistics firm Vries Cargo, said little.',
      [
        'Jan de Vries = chief executive of the Rotterdam logistics firm Vries Cargo',
        'Vries Cargo = Rotterdam logistics firm',
      ],
    ],
    [
      'an appositive with an article',
      'The advice came from Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary.',
      ['Owen Dempsey = chest doctor at the Aberdeen Royal Infirmary'],
    ],
    ['a description of an organisation', 'Shares of the chemicals maker BASF fell.', ['BASF = chemicals maker']],
    [
      'a description without an article',
      'Investors cheered e-commerce giant Alibaba on Monday.',
      ['Alibaba = e-commerce giant'],
    ],
    ['a parenthetical affiliation', 'Rep. Ilhan Omar (D-Minn.) spoke.', ['Ilhan Omar = D-Minn.', 'Ilhan Omar = Rep.']],
    [
      'an affiliation between commas',
      'Rep. David McKinley, R-W.Va., visited the border.',
      ['David McKinley = R-W.Va.', 'David McKinley = Rep.'],
    ],
    [
      'a relative clause that says what someone is',
      'Marcelo Claure, who is also an executive at SoftBank, wrote to staff.',
      ['Marcelo Claure = executive at SoftBank'],
    ],
    [
      'a copular description',
      'Marcelo Claure is the chairman of WeWork, and he is busy.',
      ['Marcelo Claure = chairman of WeWork'],
    ],
    [
      'a plural role shared by a list',
      'Founding members Tom Johnston, Michael McDonald and Pat Simmons will tour.',
      ['Michael McDonald = Founding members', 'Pat Simmons = Founding members', 'Tom Johnston = Founding members'],
    ],
    [
      'an appositive shared by a list ("both")',
      'Kevin King and Timothy Weeks, both professors at a university in Kabul, were freed.',
      ['Kevin King = professors at a university in Kabul', 'Timothy Weeks = professors at a university in Kabul'],
    ],
    [
      'a description before the name, set off by commas',
      'Their label, Big Machine, said no.',
      ['Big Machine = Their label'],
    ],
    [
      'a description with its relative clause before the name',
      'The company that runs the AMAs, Dick Clark Productions, denies it.',
      ['Dick Clark Productions = company that runs the AMAs'],
    ],
    [
      'a plural role before ", including" and a title with a place',
      "It raises questions about Spurs' star players, including England captain Harry Kane, who stayed.",
      ['Harry Kane = England captain', "Harry Kane = Spurs' star players"],
    ],
    [
      'a role given by a verb, without the year it was given in',
      'Anna Smith was named chief executive of Acme Corp in 2019.',
      ['Anna Smith = chief executive of Acme Corp'],
    ],
    [
      'a relative clause with "became"',
      'Anna Smith, who became chief executive of WeWork in May, said little.',
      ['Anna Smith = chief executive of WeWork'],
    ],
    ['"has been"', 'Anna Smith has been the chairman of WeWork since 2019.', ['Anna Smith = chairman of WeWork']],
    ['"serves as"', 'Anna Smith serves as treasurer of Acme Corp.', ['Anna Smith = treasurer of Acme Corp.']],
    [
      'a party, though the recogniser marks it as a name',
      'Ilhan Omar, who is a Democrat from Minnesota, spoke. Anna Smith, a Democrat, agreed.',
      ['Anna Smith = Democrat', 'Ilhan Omar = Democrat from Minnesota'],
    ],
    [
      'an appositive after an age',
      'Anna Smith, 45, a lawyer for the family, said little.',
      ['Anna Smith = lawyer for the family'],
    ],
    [
      "an owner's description before the name, set off by commas",
      "Mr. Cook's personal lawyer, Anna Smith, wrote. Sweden's deputy director of public prosecutions, Jan de Vries, spoke.",
      ["Anna Smith = Mr. Cook's personal lawyer", "Jan de Vries = Sweden's deputy director of public prosecutions"],
    ],
    [
      'a description with "another", after a preposition',
      'He doubted the judgment of another witness, Anna Smith, on Monday.',
      ['Anna Smith = another witness'],
    ],
    [
      'a description before a title before the name',
      'WeWork agreed to a rescue by its largest shareholder, technology company SoftBank, last month.',
      ['SoftBank = its largest shareholder', 'SoftBank = technology company'],
    ],
    [
      'a superlative that says whose the role is',
      'SoftBank, its largest investor, paid. Anna Smith, another witness, agreed.',
      ['Anna Smith = another witness', 'SoftBank = its largest investor'],
    ],
    [
      'a team and a position before the name',
      'Rudolph threw to running back Anna Smith and Browns pass rusher Tim Cook.',
      ['Anna Smith = running back', 'Tim Cook = Browns pass rusher'],
    ],
    [
      'two titles joined by "and"',
      '"We found water," lead researcher and NASA planetary scientist Anna Smith said.',
      ['Anna Smith = lead researcher and NASA planetary scientist'],
    ],
    ['a position after a team', 'It suspended Pittsburgh center Anna Smith.', ['Anna Smith = Pittsburgh center']],
    [
      'a role given by a verb, without an article',
      'Anna Smith has been named new DHS acting secretary.',
      ['Anna Smith = new DHS acting secretary'],
    ],
    [
      'a title the recogniser took into a name of another kind',
      'He was told by former National Security Adviser John Bolton to go. Salesforce co-CEO Marc Benioff agreed.',
      ['National Security Adviser John Bolton = National Security Adviser', 'co-CEO Marc Benioff = co-CEO'],
    ],
    [
      'a title inside a name taken for an organisation, before two capitalised words',
      'Senate Majority Leader Mitch McConnell blocked the bill.',
      ['Senate Majority Leader Mitch McConnell = Senate Majority Leader'],
    ],
    [
      'an appositive between dashes',
      'He was told by Anna Smith — Tim Cook’s supervisor — to go.',
      ['Anna Smith = Tim Cook’s supervisor'],
    ],
    [
      "an owner's name with an ampersand",
      "Rain is rare, said Anna Smith, PG&E's principal meteorologist.",
      ["Anna Smith = PG&E's principal meteorologist"],
    ],
    ['a great of a team', 'Lakers great Anna Smith watched.', ['Anna Smith = Lakers great']],
    [
      'an organisation the recogniser took for a place',
      'Anna Smith works at Austin, the Texas-based intelligence organization, now.',
      ['Austin = Texas-based intelligence organization'],
    ],
    [
      'a relative clause after a name that ends an opening phrase',
      'In a letter to Anna Smith, who was the acting director of Acme Corp, they asked for help.',
      ['Anna Smith = acting director of Acme Corp'],
    ],
    [
      'a team described before a place name',
      'Spain will face defending champion Croatia.',
      ['Croatia = defending champion'],
    ],
  ])('%s', (_, text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });

  test.each([
    ['an honorific', 'Mr. Tim Cook arrived.'],
    ['an age', 'Tim Cook, 58, arrived.'],
    ['an age before the name', 'The 58-year-old Tim Cook arrived.'],
    ['a nationality or a possessive place alone', "Serbia's Novak Djokovic won."],
    ['an evaluation', 'WeWork, the most valuable startup in New York, fell.'],
    ['a place after a place', 'The meeting in Austin, Texas, ended.'],
    ['a list of names', 'Tim Cook, Anna Smith and Jan de Vries met.'],
    ['a description ending in a name, without a relative clause', 'He spoke to the board of Apple, Tim Cook said.'],
    ['what someone did', 'Tim Cook, who visited Rotterdam last year, returned.'],
    ['what someone was made to do', 'Tim Cook, who was arrested in Rotterdam, returned.'],
    ['a thing owned, not a role', "To mark the band's formation, Anna Smith will tour."],
    ['an owner across a clause opener', "They asked whether Apple's plan, Anna Smith said, would work."],
    ['a title inside the name of an office', 'The US Justice Department and the Premier League said no.'],
    ['a title of a work', 'The film was Star Trek Beyond.'],
    ['a title inside the name of a body', 'The Federal Reserve Board Of Governors met.'],
    [
      'a name ending a phrase that opens the sentence',
      'On WeWork, the company presence lasted decades as they consumed the planet.',
    ],
    [
      'a name ending a longer opening phrase',
      'With samples from Acme Corp, the exotic substance allowed the pirates to grow.',
    ],
    ['a title inside the name of an assembly', 'He spoke at the U.N. General Assembly in May.'],
    ['a sentence after "according to"', 'According to the Pentagon, the base serves as an outpost in the fight.'],
    ['a possessive is no copula', "Spurs hired Anna Smith as Spurs's manager until 2023."],
  ])('no role: %s', (_, text) => {
    expect(rolesOf(text)).toEqual([]);
  });

  describe('a description standing in for a name (at the start of its sentence)', () => {
    const mourinho = 'Jose Mourinho replaced Mauricio Pochettino. Mourinho signed on Tuesday.';
    test('belongs to the most named of the nearest fitting names', () => {
      expect(rolesOf(mourinho, 'The Portuguese boss had been out of work.')).toEqual([
        'Jose Mourinho = Portuguese boss',
      ]);
    });
    test('an organisation noun points to an organisation, not to the nearer person', () => {
      expect(rolesOf('WeWork hired Anna Smith. WeWork fell.', 'The office-sharing giant said little.')).toEqual([
        'WeWork = office-sharing giant',
      ]);
    });
    test.each([
      ['a noun alone', 'The boss had been out of work.'],
      ['an age alone', 'The 56-year-old manager had been out of work.'],
      ['a name after it (a title, not a stand-in)', 'Later the Portuguese boss Mauricio Pochettino left.'],
      ['inside the sentence', 'Talks with the Portuguese boss went on.'],
    ])('none: %s', (_, text) => {
      expect(rolesOf(mourinho, text).filter((r) => !r.startsWith('Mauricio'))).toEqual([]);
    });
    test('a plural noun stands in for no one name', () => {
      expect(rolesOf(mourinho, 'The video shows officers racing up a staircase.')).toEqual([]);
    });
    test('no stand-in for a name given once', () => {
      expect(rolesOf('Mauricio Pochettino left.', 'The Argentine coach had won nothing.')).toEqual([]);
    });
  });

  test("a person's title inside a name the recogniser took for something else keeps its affiliation", () => {
    expect(rolesOf('Rep. Dan Smith, R-W.Va., visited the border.')).toEqual([
      'Rep. Dan Smith = R-W.Va.',
      'Rep. Dan Smith = Rep.',
    ]);
  });

  test('the same words given twice are kept once; each role has its span and sentence', () => {
    const blocks = paragraphs('Apple CEO Tim Cook spoke.', 'Later, Apple CEO Tim Cook left.');
    const entities = entitiesOf(blocks, NAMES);
    const { roles } = readContext(blocks, entities);
    const cook = entities.find((e) => e.name === 'Tim Cook');
    expect(roles.get(cook?.id ?? -1)).toEqual([
      { blockId: 0, start: 0, end: 9, text: 'Apple CEO', sentence: 'Apple CEO Tim Cook spoke.' },
    ]);
  });
});
