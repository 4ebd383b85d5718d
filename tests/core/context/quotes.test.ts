import { describe, expect, test } from 'vitest';
import { readContext } from '../../../src/core/context/read-context';
import type { Quote } from '../../../src/core/types';
import { entitiesOf, paragraphs, type Names } from './names';

const NAMES: Names = {
  'Anna Smith': 'PERSON',
  Smith: 'PERSON',
  'Jan de Vries': 'PERSON',
  'de Vries': 'PERSON',
  'Vries Cargo': 'ORG',
  'Acme Corp': 'ORG',
  Reuters: 'ORG',
  'South Korean': 'OTHER',
};

/** The quotes of an article of paragraphs, as [kind, text, speaker, cue]. */
function quotesOf(...texts: string[]): [string, string, string, string | undefined][] {
  const blocks = paragraphs(...texts);
  return readContext(blocks, entitiesOf(blocks, NAMES)).quotes.map((q: Quote) => [
    q.kind,
    q.text,
    q.speaker.name,
    q.cue?.text,
  ]);
}

const INTRO = 'Anna Smith, who runs the port, spoke on Monday.';

describe('direct quotes, in every common shape', () => {
  test.each([
    ['quote, then name and verb', `"We will win this round," Smith said.`, 'We will win this round', 'said'],
    ['quote, then verb and name', `"We will win this round," said Smith.`, 'We will win this round', 'said'],
    ['name and verb, then a colon', `Smith said: "We will win this round."`, 'We will win this round.', 'said'],
    ['name, verb, comma', `Smith told the crowd, "We will win this round."`, 'We will win this round.', 'told'],
    [
      'a partial quote inside a sentence',
      `Smith said the plan "will not survive the winter" in its form.`,
      'will not survive the winter',
      'said',
    ],
    ['curly marks', '“We will win this round,” Smith said.', 'We will win this round', 'said'],
    ['guillemets', '« We will win this round », Smith said.', 'We will win this round', 'said'],
    ['German marks', '„We will win this round“, Smith said.', 'We will win this round', 'said'],
    ['single marks', "'We will win this round,' Smith said.", 'We will win this round', 'said'],
    ['a pronoun', `"We will win this round," she said.`, 'We will win this round', 'said'],
    ['a short quote the sentence calls speech', `Smith called it "a disgrace."`, 'a disgrace.', 'called'],
  ])('%s', (_, text, quote, cue) => {
    const direct = quotesOf(INTRO, text).filter(([kind]) => kind === 'direct');
    expect(direct).toEqual([['direct', quote, 'Anna Smith', cue]]);
  });

  test('a quote split by its attribution is two quotes, same speaker and cue', () => {
    expect(quotesOf(INTRO, `"We will win," she said, "and we will win soon."`)).toEqual([
      ['direct', 'We will win', 'Anna Smith', 'said'],
      ['direct', 'and we will win soon.', 'Anna Smith', 'said'],
    ]);
  });

  test('the next sentence of the same speaker, and a quote that goes on in the next paragraph', () => {
    const blocks = paragraphs(
      INTRO,
      `"It was a hard year," Smith said. "We lost two ships and a crane.`,
      `"But the port is open again."`,
    );
    const quotes = readContext(blocks, entitiesOf(blocks, NAMES)).quotes;
    expect(quotes.map((q) => [q.text, q.speaker.name, q.cue?.text, q.continued])).toEqual([
      ['It was a hard year', 'Anna Smith', 'said', undefined],
      ['We lost two ships and a crane.', 'Anna Smith', 'said', undefined],
      ['But the port is open again.', 'Anna Smith', undefined, true],
    ]);
    const last = quotes[2] as Quote;
    expect(blocks[2]?.text.slice(last.start, last.end)).toBe(last.text);
    expect(last.blockId).toBe(2);
  });

  test('a paragraph that is only a quote, after a closed quote, has its speaker and no cue', () => {
    expect(quotesOf(INTRO, `"We will win," Smith said.`, `"That is all I will say today."`)).toEqual([
      ['direct', 'We will win', 'Anna Smith', 'said'],
      ['direct', 'That is all I will say today.', 'Anna Smith', undefined],
    ]);
  });

  test.each([
    ['scare quotes', 'The so-called "interim" government fell on Tuesday.'],
    ['a title of a work', 'The band played "Takin’ It to the Streets" twice last night.'],
    ['a slogan nobody says', 'The state spent $449,000 on the "Meth. We’re on it." campaign.'],
    ['a quotation with no attribution', 'The sign read "No entry after dark for visitors" in red.'],
    ['a term', 'Doctors call it what is called "feather duvet lung" in the journals.'],
  ])('not a quote: %s', (_, text) => {
    expect(quotesOf(text).filter(([kind]) => kind === 'direct')).toEqual([]);
  });
});

describe('reported speech and attributions', () => {
  test.each([
    ['said, bare clause', 'Smith said the talks had failed on Monday.', 'the talks had failed on Monday', 'said'],
    ['said that', 'Smith said that the talks had failed.', 'the talks had failed', 'said'],
    ['told reporters', 'Smith told reporters the talks had failed.', 'the talks had failed', 'told'],
    ['told Reuters that', 'Smith told Reuters that the talks had failed.', 'the talks had failed', 'told'],
    [
      'said in a statement that',
      'Smith said in a statement on Monday that the talks had failed.',
      'the talks had failed',
      'said',
    ],
    ['attribution after the clause', 'The talks had failed, Smith said.', 'The talks had failed', 'said'],
    ['inverted attribution after the clause', 'The talks had failed, said Smith.', 'The talks had failed', 'said'],
    [
      'attribution inside the clause',
      'The larger ships, Smith said, could dock by June.',
      'The larger ships, Smith said, could dock by June',
      'said',
    ],
    [
      'urged … to',
      'Smith urged the government to raise the wages of dockers.',
      'to raise the wages of dockers',
      'urged',
    ],
    ['accused … of', 'Smith accused Acme Corp of breaking the law.', 'of breaking the law', 'accused'],
    [
      'denied + gerund',
      'Smith denied taking any money from the company.',
      'taking any money from the company',
      'denied',
    ],
    [
      'a participle after the clause',
      'Smith left the talks, saying the offer was too low.',
      'the offer was too low',
      'saying',
    ],
    ['adding that', 'Smith signed the deal, adding that more ships would come.', 'more ships would come', 'adding'],
    ['a bare clause with a short past', 'Smith said the captain fled on foot.', 'the captain fled on foot', 'said'],
    [
      'a bare clause with an irregular past',
      'Smith said the water rose overnight.',
      'the water rose overnight',
      'said',
    ],
  ])('%s', (_, text, content, cue) => {
    expect(quotesOf(INTRO, text).filter(([kind]) => kind === 'indirect')).toEqual([
      ['indirect', content, 'Anna Smith', cue],
    ]);
  });

  test.each([
    [
      'according to, before',
      'According to South Korean intelligence, the missile flew 400 km.',
      'the missile flew 400 km',
      'South Korean intelligence',
    ],
    [
      'according to, after',
      'The missile flew 400 km, according to two people familiar with the matter.',
      'The missile flew 400 km',
      'two people familiar with the matter',
    ],
    [
      'a source inside a document',
      'Shares fell 3% on Monday, according to data from Reuters.',
      'Shares fell 3% on Monday',
      'Reuters',
    ],
  ])('%s', (_, text, content, speaker) => {
    const quotes = quotesOf(text).map(([kind, words, who, cue]) => [kind, words, who, cue?.toLowerCase()]);
    expect(quotes).toEqual([['indirect', content, speaker, 'according to']]);
  });

  test.each([
    ['a thought, no speech', 'Smith thinks the talks have failed.'],
    ['future speech', 'Smith is expected to say the talks have failed.'],
    ['a refusal to speak', 'Smith declined to comment on the talks.'],
    ['a question the article asks', 'Did Smith say the talks had failed?'],
    ['a verb with only a noun object', 'Acme Corp reported its third loss on Sunday.'],
    ['an order', 'Say goodbye to the old port and its cranes.'],
    ['"said" with nothing said', '"We are done," Smith said.'],
    ['an idiom', 'That said, the port reopened on Monday.'],
  ])('not reported speech: %s', (_, text) => {
    expect(quotesOf(INTRO, text).filter(([kind]) => kind === 'indirect')).toEqual([]);
  });

  test('a quoted part stays direct; the words before it stay reported only when they are a clause', () => {
    expect(quotesOf(INTRO, 'Smith said she hoped the deal would "pave the way for peace" in the port.')).toEqual([
      ['indirect', 'she hoped the deal would', 'Anna Smith', 'said'],
      ['direct', 'pave the way for peace', 'Anna Smith', 'said'],
    ]);
    expect(
      quotesOf(INTRO, 'It is important for the port to "take really detailed records" of ships, Smith said.'),
    ).toEqual([['direct', 'take really detailed records', 'Anna Smith', 'said']]);
  });
});

describe('sources named by a document or an acronym', () => {
  test('"The report said": the noun of a cue before the verb is the speaker', () => {
    expect(quotesOf('The report said that freight rates tripled in July.')).toEqual([
      ['indirect', 'freight rates tripled in July', 'The report', 'said'],
    ]);
  });
  test.each([
    [
      'an acronym of two words',
      { 'Live Nation': 'ORG', LN: 'ORG' },
      'Live Nation sells the tickets. LN said sales were strong.',
      'Live Nation',
    ],
    [
      'a country by its initials',
      { 'United States': 'PLACE', US: 'PLACE' },
      'The United States is wary. The US said the deal was weak.',
      'United States',
    ],
    [
      'a country written with full stops',
      { 'United States': 'PLACE', 'U.S.': 'PLACE' },
      'The United States is wary. The U.S. said the deal was weak.',
      'United States',
    ],
  ])('%s', (_, names, text, speaker) => {
    const blocks = paragraphs(text);
    const quotes = readContext(blocks, entitiesOf(blocks, names as Names)).quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual([speaker]);
  });
});

describe('speakers', () => {
  test('a surname is the fullest name the article uses', () => {
    expect(quotesOf(INTRO, '"We will win," Smith said.')[0]?.[2]).toBe('Anna Smith');
  });

  test('a pronoun points back to the nearest fitting person, past a possessive', () => {
    const blocks = paragraphs(
      'Jan de Vries, chief executive of Vries Cargo, praised Anna Smith’s plan.',
      '"It is the best plan we have seen," he said.',
    );
    const [q] = readContext(blocks, entitiesOf(blocks, NAMES)).quotes;
    expect(q?.speaker.name).toBe('Jan de Vries');
  });

  test('an unnamed source keeps its description', () => {
    expect(quotesOf('"We are reviewing the decision," said a spokesperson for the company.')).toEqual([
      ['direct', 'We are reviewing the decision', 'a spokesperson for the company', 'said'],
    ]);
  });

  test('a role stands for the person who has it ("the chief executive")', () => {
    const blocks = paragraphs(
      'Jan de Vries, chief executive of Vries Cargo, visited the port.',
      '"The port must grow," the chief executive said.',
    );
    const [q] = readContext(blocks, entitiesOf(blocks, NAMES)).quotes;
    expect([q?.speaker.name, q?.speaker.entityId !== undefined]).toEqual(['Jan de Vries', true]);
  });

  test('"they" and "the company" point back to the organisation that spoke', () => {
    expect(
      quotesOf(
        'Acme Corp said its profits fell.',
        '"We expect a better year," they said.',
        'But the company said the plan was safe.',
      ),
    ).toEqual([
      ['indirect', 'its profits fell', 'Acme Corp', 'said'],
      ['direct', 'We expect a better year', 'Acme Corp', 'said'],
      ['indirect', 'the plan was safe', 'Acme Corp', 'said'],
    ]);
  });

  test('the speaker names where the attribution is, as a span', () => {
    const blocks = paragraphs(INTRO, '"We will win," she said.');
    const [q] = readContext(blocks, entitiesOf(blocks, NAMES)).quotes;
    expect(q?.speaker.mention).toMatchObject({ blockId: 1, text: 'she' });
  });
});
