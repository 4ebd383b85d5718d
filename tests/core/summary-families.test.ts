import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { isFurniture, isQuote, joinsBack, quoteShare } from '../../src/core/summary/cues';
import type { Block } from '../../src/core/types';
import { fillerOf, para } from './summary-text';

// Families of sentences where the summary lost facts to the lead or picked what no reader
// counts as the story (issue 16): page furniture, the nut graf after an anecdotal lede,
// sentences that are mostly someone's quoted words, the sentence that continues the lede.

const filler = fillerOf('qq');

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe('page furniture', () => {
  test.each([
    ['By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.', true],
    ["An artist's illustration of a plume of water vapor above the moon's icy surface.", true],
    ['Copyright © 2019 Press TV. All rights reserved.', true],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', true],
    ['Keith Bradsher contributed reporting from Hong Kong.', true],
    ['US professor Kevin King (left) and his Australian colleague Timothy Weeks', true],
    ['Path A: Iceland, Bulgaria\nPath B: Bosnia, Slovakia', true],
    ['November 20, 2019 / 1:07 AM / CBS News', true],
    // Sentences of the story that look a little like furniture
    ['By the mid-1970s, tarot was on its way to becoming popular in the mainstream.', false],
    ['By Tuesday the talks had collapsed, officials said on Wednesday.', false],
    ['2020年の東京オリンピックの開催などを見据え、フリーWi-Fiの設置が促進されている。', false],
    ['GPS: N24 39 16.4 E121 18 19.5', true],
    // The caption of an embedded post, however long, opens with its account's handle.
    ['@harbourlights_fest <Lanterns on the Water> ‘2026 Old Quay Lantern Night’ Opening Parade', true],
    ['@quayside_crew Our drummers and dancers warming up before the parade on the old quay.', true],
    // An e-mail address or a handle inside a sentence is no caption.
    ['Readers can write to @harbourdesk or call the newsroom with their photos of the parade.', false],
    ['Follow the money, the prosecutor told the jury on Monday.', false],
    [
      'Los pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente canalizar la protesta',
      false,
    ],
  ])('%j', (text, expected) => {
    expect(isFurniture(text)).toBe(expected);
  });

  test('a caption or a byline is never chosen, however many of the story words it carries', () => {
    const caption = "An artist's illustration of the plume of water vapour rising from Europa's icy crust.";
    const byline = 'By Jane Doe and John Roe on Monday, November 18th, 2019 at 11:08 a.m. about Europa water vapour';
    const lede = 'Astronomers have detected water vapour above the surface of Europa for the first time.';
    const blocks = [para(0, caption), para(1, byline), para(2, lede), para(3, filler(5))];
    const meta = { url: null, title: 'Water vapour found above Europa' };
    const chosen = summarise(blocks, [], { maxSentences: 3, meta }).map((s) => s.text);
    expect(chosen[0]).toBe(lede);
    expect(chosen).not.toContain(caption);
    expect(chosen.some((t) => t.startsWith('By Jane'))).toBe(false);
  });
});

describe('the nut graf after an anecdotal lede', () => {
  const meta = { url: null, title: 'City council votes to close the harbour bridge' };
  const anecdote = 'Maria Lopez has crossed the same stretch of water every morning for thirty years on her bicycle.';
  const nut = 'On Monday the city council voted to close the harbour bridge after engineers found deep cracks.';
  const longer =
    'Engineers from three firms spent the summer measuring every span with lasers and drones, and their long report ran to nine hundred pages of tables.';
  const blocks = [para(0, anecdote), para(1, filler(2)), para(2, nut), para(3, filler(3)), para(4, longer)];

  test('is chosen beside the lede', () => {
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toEqual([anecdote, nut]);
  });

  test('without its weight a longer sentence further down wins (the family is what picks it)', () => {
    WEIGHTS.nutGraf = 0;
    WEIGHTS.headline = 0;
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).not.toContain(nut);
  });
});

describe('an anecdotal lede gives way to its nut graf', () => {
  // A scene opens the story; the nut graf says what happened, and the figures come later.
  const meta = { url: null, title: 'Harbour council closes the old ferry pier after survey finds rot' };
  const scene = 'The gulls were the first to notice, circling low over the empty boards on a grey morning.';
  const nut =
    'The harbour council closed the old ferry pier on Tuesday after a survey found rot in most of its timber piles.';
  const detail =
    'Repairs to the pier would cost the council about 4 million pounds, and the ferry will dock at the north quay until at least March.';
  const later = 'The council will ask the ferry company to share the repairs to the pier.';
  const blocks = [para(0, scene), para(1, nut), para(2, detail), para(3, filler(4)), para(4, later)];

  test('the nut graf and what follows it are told, not the scene', () => {
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen[0]).toBe(nut);
    expect(chosen).not.toContain(scene);
  });

  test('with the full weight of a lede the scene comes back (the family is what drops it)', () => {
    WEIGHTS.anecdotalLede = WEIGHTS.lede;
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toContain(scene);
  });

  test('a lede that tells the story keeps its weight', () => {
    const told = [para(0, nut), para(1, filler(2)), para(2, detail), para(3, filler(3))];
    const chosen = summarise(told, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen[0]).toBe(nut);
  });
});

describe('facts over quotes', () => {
  test('the share of a sentence inside quotation marks', () => {
    expect(
      quoteShare('Border agents "say you have got to pay attention to this, it is huge," he said.'),
    ).toBeGreaterThan(0.5);
    expect(quoteShare('The mayor called the plan “a disaster” before the vote on Monday night.')).toBeLessThan(0.3);
    expect(quoteShare('No quotation marks here at all.')).toBe(0);
  });

  test.each([
    [
      '"While scientists have not yet detected liquid water directly, we have found the next best thing," lead researcher Lucas Paganini said in a statement.',
      true,
    ],
    ['"We are at war," the president said, as troops crossed the border at dawn on Monday.', false],
    ['The mayor called the plan "a disaster" in a statement.', false],
    // Who spoke, however long the title, after the speech verb.
    [
      '“I grew up by this harbour and never once saw it this dirty,” said Ann Moss, founding director of the Centre for Coastal Studies at the University of Leeds.',
      true,
    ],
    ['“The bridge will close,” said the mayor, and the council voted to close it on Monday.', false],
  ])('a quote followed only by who said it is a quote: %j', (text, expected) => {
    expect(isQuote(text)).toBe(expected);
  });

  test.each([
    // The first sentence of a quote that runs on into the next one.
    ['“Harbour pollution in childhood is linked to lasting harm to the lungs and the heart.', true],
    [
      'The lead author, a professor of medicine, commented: "Harbour pollution in childhood is linked to lasting harm.',
      true,
    ],
    [
      'In the preface to her collected essays, the critic Jane Roe wrote, “People ask me why I never wrote a memoir.',
      true,
    ],
    // A quoted phrase that closes, or a title left open by a typo, is not someone's words running on.
    ['The mayor called the plan “a disaster” before the vote on Monday night.', false],
    ['The report, titled "Harbour Growth, is due at the council on Monday.', false],
  ])('a sentence cut inside a quote is a quote: %j', (text, expected) => {
    expect(isQuote(text)).toBe(expected);
  });

  test('a sentence cut inside a quote gives way to the one that states the finding', () => {
    const lede = 'Pollution in the harbour has doubled since the new port opened, a city study found.';
    const quote =
      '“Harbour pollution in childhood is linked to lasting harm to the lungs and to the heart of children.';
    const finding = 'Fine particles near the harbour rose from 12 to 25 micrograms per cubic metre in five years.';
    const blocks = [para(0, lede), para(1, quote), para(2, filler(1)), para(3, finding), para(4, filler(4))];
    const chosen = summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text);
    expect(chosen).toEqual([lede, finding]);
  });

  test('a sentence that is mostly a quote gives way to one that states the fact', () => {
    const quoted =
      'Officials "say that 53 million dollars of drugs are crossing the harbour every single week in the trucks and the boats," he said.';
    const fact = 'Seizure records put the value of drugs crossing the harbour at about 44 million dollars a week.';
    const lede = 'A congressman visited the harbour on Monday and called for more customs officers.';
    const blocks = [para(0, lede), para(1, quoted), para(2, filler(2)), para(3, fact), para(4, filler(4))];
    const chosen = summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text);
    expect(chosen).toEqual([lede, fact]);
  });
});

describe('background asides', () => {
  test.each([
    ['For example, the Galileo probe measured a big increase in plasma density in 1997.', true],
    ['In addition, the council will review the harbour budget next spring.', true],
    ['For the first time, researchers have seen the plume directly.', false],
    ['Forecasters expect the storm to reach the coast on Friday.', false],
  ])('%j opens by leaning on what came before: %s', (text, expected) => {
    expect(joinsBack(text)).toBe(expected);
  });
});

describe('the sentence that continues the lede', () => {
  test('may lean on it ("It …"): read together, it stands', () => {
    const lede = 'The Xbox One X is the most powerful video game console anyone has built so far.';
    const next = 'It plays more games in native 4K than the PlayStation 4 Pro does at the same price.';
    const far = 'It was a long wait for fans who had seen the console at trade shows for over two years.';
    const blocks = [para(0, `${lede} ${next}`), para(1, filler(6)), para(2, far)];
    const chosen = summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text);
    expect(chosen).toEqual([lede, next]);
  });
});

describe("after the publisher's description", () => {
  test('the sentences add facts it does not already give', () => {
    const shown =
      'Austria will turn the house where Hitler was born into a police station, the interior minister said.';
    const lede =
      'The house where Hitler was born will be turned into a police station, the interior minister of Austria said.';
    const fact =
      'Architects will be invited to redesign the building in Braunau am Inn so that it no longer draws visitors.';
    const blocks = [para(0, lede), para(1, fact), para(2, filler(3))];
    expect(summarise(blocks, [], { maxSentences: 1 })[0]?.text).toBe(lede);
    expect(summarise(blocks, [], { maxSentences: 1, shown })[0]?.text).toBe(fact);
  });

  test('a lede that overlaps a vague description but adds names and figures stays', () => {
    const shown =
      'This is what the survey of the year says about the way that teams work and what they are going to do.';
    const lede =
      'This year’s survey of more than 5,000 DevSecOps professionals found that the teams that use AI are changing the way they work.';
    const blocks = [para(0, lede), para(1, filler(3))];
    expect(summarise(blocks, [], { maxSentences: 1, shown })[0]?.text).toBe(lede);
  });
});

describe("a ranked list's top pick", () => {
  const heading = (id: number, text: string): Block => ({ id, kind: 'heading', text });
  const intro = 'Our critic walked every path on the coast this year and ranked the ones worth your weekend.';
  const top = 'The Cliff Path topped the list at once, with its sea caves, its lighthouse and its long views.';
  const blocks = [
    para(0, intro),
    heading(1, '4) Harbour Loop'),
    para(2, 'The Harbour Loop circles the old docks past the fish market, the ferry pier and the warehouses.'),
    heading(3, '3) Dune Trail'),
    para(4, 'The Dune Trail climbs through the marram grass above the bay, past the bird hides and the old fort.'),
    heading(5, '2) River Walk'),
    para(6, 'The River Walk follows the estuary from the market square out to the salt marsh and the mill.'),
    heading(7, '1) Cliff Path'),
    para(8, top),
  ];

  test('leads a ranking, even at the end of a countdown', () => {
    const meta = { url: null, title: 'The 4 best coastal walks of the year' };
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toContain(top);
  });

  test('is no pick when the title promises no ranking (a numbered list of tips or questions)', () => {
    const meta = { url: null, title: 'Four coastal walks to try this year' };
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).not.toContain(top);
  });
});

describe('the sentence after the lede in a news story', () => {
  const lede = 'The city council voted on Monday to close the harbour bridge to all traffic from next week.';
  const next = 'Engineers found cracks in two of its five steel piers, and repairs will cost 40 million euros.';
  const later =
    'The harbour bridge, opened in 1931 as the longest steel crossing in the region, carries trains, cars and bicycles over the harbour.';
  const blocks = [para(0, `${lede} ${next}`), para(1, filler(4)), para(2, later), para(3, filler(3))];
  const meta = { url: 'https://example.com/news/harbour-bridge', title: null };

  test('goes on telling the point: it is chosen beside the lede', () => {
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toEqual([lede, next]);
  });

  test('without its weight a longer sentence about the background wins', () => {
    WEIGHTS.afterLede = 0;
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toEqual([lede, later]);
  });
});
