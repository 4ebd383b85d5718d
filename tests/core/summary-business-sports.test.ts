import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { genreOf } from '../../src/core/summary/genre';
import { isBoilerplate, isQuote, isResultLine, isSportsPoint, isStatLine } from '../../src/core/summary/cues';
import type { Block } from '../../src/core/types';

// Business and sports stories whose address and title say nothing (issue 16): the genre from
// the opening's words, a sports story's point without a score (a suspension, a transfer, the
// standings), and what a business or sports summary leaves out (a press release's "who we
// are", a sponsor line, a quote on its own). Texts of our own.

const para = (id: number, text: string): Block => ({ id, kind: 'paragraph', text });

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe('the genre from the words of the opening, when the address and title say nothing', () => {
  test.each([
    [['The coach said the loss ended any playoff hopes his team still had this season.'], 'sports'],
    [['The club paid a record fee for the keeper, the most expensive in league history.'], 'sports'],
    [
      [
        'The company said it would cut 800 jobs as losses mount.',
        'Its shares fell and investors asked the chief executive to step down.',
      ],
      'business',
    ],
    [['The mayor said the bridge would reopen on Monday after repairs to its deck.'], 'other'],
    // One sports word is not enough ("season" alone says nothing), nor are two business words.
    [['Shoppers crowded the stores at the start of the holiday season.'], 'other'],
    [['The company said the firm had done nothing wrong.'], 'other'],
  ])('%j is %s', (opening, genre) => {
    expect(genreOf(opening, opening, {})).toBe(genre);
  });

  test('a long article is not read as sports or business by its words (it is more often a feature)', () => {
    const opening = ['The coach said the loss ended any playoff hopes his team still had this season.'];
    const long = [...opening, ...Array.from({ length: 80 }, (_, i) => `Sentence number ${i} of a long story.`)];
    expect(genreOf(opening, long, {})).toBe('other');
  });

  test('the address still wins over the words', () => {
    const opening = ['The coach said the loss ended any playoff hopes his team still had this season.'];
    expect(genreOf(opening, opening, { url: 'https://example.com/opinion/2019/coach' })).toBe('opinion');
  });
});

describe("a sports story's point and a press release's boilerplate", () => {
  test.each([
    ['The league suspended the defensive end without pay for the rest of the season.', true],
    ['The club paid a fee of £40 million to sign the striker from Porto.', true],
    ['At 3-8 the team would miss the playoffs even if it won every remaining game.', true],
    ['Russia cruised to victory against the holders on the opening day.', true],
    ['Fans queued in the rain outside the stadium for more than two hours.', false],
  ])('%j is a sports point: %s', (sentence, expected) => {
    expect(isSportsPoint(sentence)).toBe(expected);
  });

  test.each([
    ['Acme Widgets is a leading global provider of industrial fasteners and tools.', true],
    ['For more information on the new range, please visit the company website.', true],
    ['The Garden Hour is produced weekly and broadcast on Sunday mornings.', true],
    ['The chief executive hosts a conference call with analysts at 9 a.m.', true],
    ['About Acme Widgets', true],
    ['Acme Widgets is headquartered in Leeds and has subsidiaries in 15 countries.', true],
    // A lede that names who the company is and says what it did is the story.
    ['Acme Widgets, a leading provider of fasteners, agreed to buy its rival Boltco for $2 billion.', false],
    ['Acme Widgets said its profit rose 12 percent in the third quarter.', false],
    // A newsletter's greeting, its sponsor line and what it calls itself.
    ['Good morning! Here is what moved the markets overnight.', true],
    ['Start your day with the Market Minute, powered by Acme Widgets.', true],
    ['This is the business news you need to know this Thursday.', true],
    ['Welcome to the Morning Brief newsletter, your guide to the day.', true],
    ['Today’s briefing is sponsored by Acme Widgets.', true],
    // A story's own "presented by", "powered by", "welcome to" and "need to know" are no sponsor line.
    ['The festival is presented by the city council and runs until Sunday.', false],
    ['The plane, powered by hydrogen, flew for an hour across the bay.', false],
    ['The award was presented by the Queen at Windsor on Tuesday.', false],
    ['Welcome to the new normal, said the chief executive.', false],
    ['Here are the things you need to know about the new tax rules.', false],
    // The words inside a story are no greeting or sponsor line.
    ['The mayor said good morning to the crowd before cutting the ribbon on the bridge.', false],
    ['Shares of the company powered higher after it beat forecasts by 8 percent.', false],
  ])('%j is boilerplate: %s', (sentence, expected) => {
    expect(isBoilerplate(sentence)).toBe(expected);
  });
});

describe('what a business or sports summary carries', () => {
  test('a sports story without a score: the suspension, not the colour around it', () => {
    const lede =
      'In the final seconds of the game the defensive end tore off the quarterback’s helmet and hit him with it.';
    const colour = 'The quarterback walked off the field on his own and was seen laughing with teammates later on.';
    const suspension = 'The league suspended the defensive end without pay for the rest of the season on Friday.';
    const blocks = [para(0, lede), para(1, colour), para(2, suspension)];
    const chosen = summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text);
    expect(chosen).toEqual([lede, suspension]);
    // What picks it is the sports cue: without it the colour that follows the lede comes instead.
    WEIGHTS.genreCue = 0;
    expect(summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text)).toEqual([lede, colour]);
  });

  test("a press release's who-we-are and a show's producer line are left out", () => {
    const lede =
      'Acme Widgets and Boltco announced a partnership to sell Acme fasteners to builders across Europe, the companies said.';
    const about =
      'Acme Widgets is a leading global provider of industrial fasteners and tools for builders and the building trade in Europe.';
    const detail = 'Builders will order the fasteners through Boltco’s shops, which will stock them from March.';
    const blocks = [para(0, lede), para(1, about), para(2, detail)];
    expect(summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text)).toEqual([lede, detail]);
    WEIGHTS.boilerplate = 0;
    expect(summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text)).toEqual([lede, about]);
  });

  test('a quote on its own gives way in a business story', () => {
    const lede =
      'Acme Widgets said its profit rose 12 percent in the third quarter as sales of fasteners grew strongly.';
    const quote =
      '“We are delighted with a quarter in which our fasteners and our builders did so very well together,” the chief executive said.';
    const detail = 'The company will open two more plants in Poland next spring.';
    const blocks = [para(0, lede), para(1, quote), para(2, detail)];
    // (The opening's own weight in a business story is left out here: see below.)
    WEIGHTS.businessPosition = 0;
    expect(summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text)).toEqual([lede, detail]);
    WEIGHTS.reportQuote = 0;
    expect(summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text)).toEqual([lede, quote]);
  });
});

describe('a business story states its point first', () => {
  test('the opening sentences that state the deal come before a long sentence further down', () => {
    const lede = 'Acme Widgets agreed to buy its rival Boltco for $2 billion in cash, the companies said on Monday.';
    const second = 'The deal needs the approval of Boltco shareholders and is expected to close by March.';
    const later =
      'Acme Widgets and Boltco have competed for builders, plumbers, electricians and carpenters in Europe, Asia and the Americas for decades, and Acme Widgets sells fasteners, hinges, brackets and tools in more than forty countries.';
    const aside = [
      'Builders in the north were not told.',
      'Plumbers in the south were not told either.',
      'Nor were the carpenters.',
    ];
    const blocks = [para(0, lede), para(1, second), ...aside.map((t, i) => para(2 + i, t)), para(5, later)];
    const chosen = summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text);
    expect(chosen).toEqual([lede, second]);
    WEIGHTS.businessPosition = 0;
    expect(summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text)).toEqual([lede, later]);
  });
});

describe('a quote introduced by who says it', () => {
  test.each([
    [
      'Jane Doe, the chief executive of Acme, says: “We are delighted with the deal and with what it brings to our builders.”',
      true,
    ],
    [
      'Jane Doe said, "We are delighted with the deal and with everything it will bring to our builders and to us."',
      true,
    ],
    // The quote is short beside what the sentence tells.
    ['Acme bought Boltco for $2 billion on Monday after a year of talks, and its chief executive said: “Good.”', false],
    ['Jane Doe says the deal will close in March.', false],
  ])('%j is a quote on its own: %s', (sentence, expected) => {
    expect(isQuote(sentence)).toBe(expected);
  });
});

describe("a round-up's results lines", () => {
  test.each([
    ['Northside d. Lakeview 61-48', true],
    ['St. Mary Academy def. Harbor City 3-1', true],
    ['River Valley beat East Ridge 2-0 (OT)', true],
    ['Girls Basketball', false],
    ['Northside 14 11 6 15 — 44', false],
    ['The coach said Northside played well in the 61-48 win over Lakeview on Friday night.', false],
  ])('%j is a results line: %s', (text, expected) => {
    expect(isResultLine(text)).toBe(expected);
  });

  test.each([
    ['Northside (2-0): Okafor 22 points. Mills 9 points.', true],
    ['Lakeview (1-1-2): J. Ruiz 2 goals, 1 assist.', true],
    ['Northside beat Lakeview 61-48 behind 22 points from Okafor.', false],
  ])('%j is a box-score line: %s', (text, expected) => {
    expect(isStatLine(text)).toBe(expected);
  });

  test('the results lines are the summary, not the box-score lines under them', () => {
    const blocks = [
      para(0, 'GIRLS BASKETBALL'),
      para(1, 'Northside d. Lakeview 61-48'),
      para(2, 'Northside (2-0): Amara Okafor 22 points and 6 steals. Jen Mills 9 points.'),
      para(3, 'Lakeview (0-2): Tara Quinn 15 points. Bea Lutz 11 points.'),
      para(4, 'BOYS SOCCER'),
      para(5, 'Eastfield d. Westbrook 2-1'),
      para(6, 'Eastfield (5-0): Omar Haddad 2 goals. Leo Brandt 1 assist.'),
      para(7, 'Westbrook (3-2): Ivan Petrov 1 goal. Sam Okoro 4 saves.'),
    ];
    const meta = {
      url: 'https://example.com/sports/high-school-roundup',
      title: 'High school roundup: Eastfield stays unbeaten',
    };
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toEqual(['Northside d. Lakeview 61-48', 'Eastfield d. Westbrook 2-1']);
  });
});

describe("a newsletter's greeting and sponsor line", () => {
  test('a business briefing is told by its first item, not by the greeting and the sponsor line', () => {
    const greeting = 'Good morning, and welcome to the business news you need to know this Thursday.';
    const sponsor = 'Start your day with the Market Minute, powered by Acme Widgets and its partners.';
    const item = 'Boltco agreed to buy its rival Nutco for $2 billion, the largest deal in the industry this year.';
    const detail = 'Nutco shareholders will receive $40 a share in cash, a premium of 30 percent on Friday’s close.';
    const blocks = [para(0, greeting), para(1, sponsor), para(2, item), para(3, detail)];
    const chosen = summarise(blocks, [], {
      maxSentences: 2,
      meta: { title: 'Market Minute', url: 'https://example.com/business/briefing' },
    });
    expect(chosen.map((s) => s.text)).toEqual([item, detail]);
  });
});
