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
  Weibo: 'ORG',
  'University of Texas': 'ORG',
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
    ['a short quote that is its own sentence', `"Amazing," Smith said.`, 'Amazing', 'said'],
    [
      'titles joined by "and" before the name',
      `"We will win this round," lead engineer and port director Anna Smith said.`,
      'We will win this round',
      'said',
    ],
    ['a verb in the present', `"Open the door right now!" Anna Smith shouts.`, 'Open the door right now!', 'shouts'],
    ['an order', `"Let me see your hands!" Anna Smith ordered.`, 'Let me see your hands!', 'ordered'],
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

  test('a name and the people with them speak together', () => {
    expect(quotesOf(`"We found water in vapour form," Smith and her team wrote.`)).toEqual([
      ['direct', 'We found water in vapour form', 'Smith and her team', 'wrote'],
    ]);
  });

  test.each([
    ['a short quote inside a sentence, not called speech', 'The ship was "just late," Smith said.'],
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
    ['joked that', 'Smith joked that she is not a singer at all.', 'she is not a singer at all', 'joked'],
    [
      'pointed out',
      'Smith pointed out it is hard to draw firm conclusions.',
      'it is hard to draw firm conclusions',
      'pointed',
    ],
    ['reiterated that', 'Smith reiterated that the port would stay open.', 'the port would stay open', 'reiterated'],
    [
      'a verb in progress',
      'Smith is urging the port to raise the wages of dockers.',
      'to raise the wages of dockers',
      'urging',
    ],
    [
      'a reported sentence goes on past ", but"',
      'Smith said the talks had failed, but the port would reopen.',
      'the talks had failed, but the port would reopen',
      'said',
    ],
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
      'a document released by a source',
      'According to data released by Reuters in August, shares fell 3% on Monday.',
      'shares fell 3% on Monday',
      'Reuters',
    ],
    [
      'a survey by a source, with its place',
      'According to a 2018 survey by Anna Smith of the University of Texas, shares fell 3% on Monday.',
      'shares fell 3% on Monday',
      'Anna Smith',
    ],
    [
      'a source inside a document',
      'Shares fell 3% on Monday, according to data from Reuters.',
      'Shares fell 3% on Monday',
      'Reuters',
    ],
    [
      'a dateline before the content, agency only',
      '(Reuters) — Acme Corp is cutting 400 jobs, according to two people familiar with the matter.',
      'Acme Corp is cutting 400 jobs',
      'two people familiar with the matter',
    ],
    [
      'a dateline before the content, place and agency',
      'NEW YORK (Reuters) - Acme Corp is cutting 400 jobs, according to two people familiar with the matter.',
      'Acme Corp is cutting 400 jobs',
      'two people familiar with the matter',
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
    ['"you" as a speaker', 'Keep trying until you’ve found one that fits the port.'],
    ['the article’s own remark', 'It’s worth noting that the port will likely reopen.'],
    ['a request to the reader', 'Please note that this is the first half of the story.'],
    ['nobody said it', 'No one bothered mentioning that the port is not the problem.'],
    [
      'an attribution after the verb, no clause',
      '"These deals take time," Smith said according to a transcript of the trial.',
    ],
    ['a second verb joined by "and"', 'Officers found and rescued her from a hotel room.'],
    [
      'a noun object with an adjective after a preposition',
      'Smith noted findings of overcrowded and unsanitary cells.',
    ],
    ['a noun object with a participle after it', 'Smith is reporting a sixth death linked to the port.'],
    ['"joked" without "that"', 'Smith joked about the weather all day.'],
    ['"pointed" without "out"', 'Smith pointed to the ships that had left.'],
    ['a verb that shows a place', 'The map shows the states where the port has been closed.'],
  ])('not reported speech: %s', (_, text) => {
    expect(quotesOf(INTRO, text).filter(([kind]) => kind === 'indirect')).toEqual([]);
  });

  test('an unfinished clause before a quote is no reported speech of its own', () => {
    expect(
      quotesOf(INTRO, 'Smith told the media that the latest case is "isolated and unrelated to the others."'),
    ).toEqual([['direct', 'isolated and unrelated to the others.', 'Anna Smith', 'told']]);
    expect(
      quotesOf(
        INTRO,
        'Smith argued that while the policies have provided "important social benefits," they cost much.',
      ),
    ).toEqual([['direct', 'important social benefits', 'Anna Smith', 'argued']]);
  });

  test('a source named inside "according to" is the one quoted, its verb after the comma', () => {
    expect(
      quotesOf('According to Reuters, Anna Smith, a doctor at the port, wrote in a post that the ship had docked.'),
    ).toEqual([['indirect', 'the ship had docked', 'Anna Smith', 'wrote']]);
  });

  test('the words an unnamed person wrote, after a fronted "according to"', () => {
    expect(
      quotesOf(
        'According to Reuters, one user on Weibo, which is popular in China, posted: "I just want to know how they came here."',
      ),
    ).toEqual([['direct', 'I just want to know how they came here.', 'one user on Weibo', 'posted']]);
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

  test('a role only one person has stands for that person, paragraphs later', () => {
    const blocks = paragraphs(
      'The suspect, Jan de Vries, was sentenced on Thursday.',
      'Acme Corp released the video.',
      'Reuters saw it first.',
      'Acme Corp said it was clear.',
      'Reuters said little more.',
      'Acme Corp said no more.',
      'Reuters left.',
      'Acme Corp left too.',
      'The suspect said he needed to get dressed.',
    );
    const quotes = readContext(blocks, entitiesOf(blocks, NAMES)).quotes;
    expect(quotes.at(-1)?.speaker.name).toBe('Jan de Vries');
  });

  test("an organisation's noun in a person's role does not make the person the organisation", () => {
    expect(
      quotesOf('Union leader Anna Smith spoke on Monday.', 'The union said the action would last until Friday.'),
    ).toEqual([['indirect', 'the action would last until Friday', 'The union', 'said']]);
  });

  test('a described speaker is the one person the article later gives that role', () => {
    const blocks = paragraphs(
      "The port will become a police station, Austria's interior minister said on Tuesday.",
      '"It sends a clear signal," Interior Minister Anna Smith said.',
    );
    const [first] = readContext(blocks, entitiesOf(blocks, NAMES)).quotes;
    expect([first?.text, first?.speaker.name, first?.speaker.entityId !== undefined]).toEqual([
      'The port will become a police station',
      'Anna Smith',
      true,
    ]);
  });

  test("a country's government is a source of its own, not the last organisation that spoke", () => {
    expect(
      quotesOf('Acme Corp said the border was shut.', 'According to the Jordanian government, the camp had grown.'),
    ).toEqual([
      ['indirect', 'the border was shut', 'Acme Corp', 'said'],
      ['indirect', 'the camp had grown', 'the Jordanian government', 'According to'],
    ]);
  });

  test('"she" points back past a name that is no name ("&T" of a cut "AT&T")', () => {
    const blocks = paragraphs('&T heard from Anna Smith on Monday.', 'She said the lines must stay up.');
    const names: Names = { ...NAMES, '&T': 'PERSON' };
    const [q] = readContext(blocks, entitiesOf(blocks, names)).quotes;
    expect(q?.speaker.name).toBe('Anna Smith');
  });

  test('"The utilities commission … saying": the description, not its determiner alone', () => {
    expect(quotesOf('The utilities commission is frustrated with Acme Corp, saying it failed to share data.')).toEqual([
      ['indirect', 'it failed to share data', 'The utilities commission', 'saying'],
    ]);
  });

  test('a relative pronoun speaks for the name before it', () => {
    expect(
      quotesOf(
        'The plan was backed by Anna Smith, who said the port would reopen in May.',
        'He is fighting extradition to Acme Corp, which accuses him of publishing secret documents.',
      ),
    ).toEqual([
      ['indirect', 'the port would reopen in May', 'Anna Smith', 'said'],
      ['indirect', 'of publishing secret documents', 'Acme Corp', 'accuses'],
    ]);
  });

  test('a present verb after a name makes a clause; another source after ", after" ends it', () => {
    expect(
      quotesOf(
        INTRO,
        'Smith said Acme Corp employs about 450 dockers.',
        'Smith said she first heard of it in May, after Reuters reported the port had closed.',
      ),
    ).toEqual([
      ['indirect', 'Acme Corp employs about 450 dockers', 'Anna Smith', 'said'],
      ['indirect', 'she first heard of it in May', 'Anna Smith', 'said'],
      ['indirect', 'the port had closed', 'Reuters', 'reported'],
    ]);
  });

  test('a person with two roles joined by "and" before the name speaks', () => {
    expect(
      quotesOf(
        'Port engineer and staff writer Anna Smith posted on Monday asking if there were "any ships left in port?"',
      ),
    ).toEqual([['direct', 'any ships left in port?', 'Anna Smith', 'asking']]);
  });

  test('a study shows: the study is the source', () => {
    expect(quotesOf('Existing research into ports shows it gives better protection.')).toEqual([
      ['indirect', 'it gives better protection', 'Existing research into ports', 'shows'],
    ]);
  });

  test('a gerund inside a noun phrase is no cue ("One Napa County reporting station hasn’t seen rain")', () => {
    const q = quotesOf('One Vries Cargo reporting station hasn’t seen a ship since June, said Anna Smith.');
    expect(q).toEqual([
      ['indirect', 'One Vries Cargo reporting station hasn’t seen a ship since June', 'Anna Smith', 'said'],
    ]);
  });

  test('the speaker names where the attribution is, as a span', () => {
    const blocks = paragraphs(INTRO, '"We will win," she said.');
    const [q] = readContext(blocks, entitiesOf(blocks, NAMES)).quotes;
    expect(q?.speaker.mention).toMatchObject({ blockId: 1, text: 'she' });
  });
});
