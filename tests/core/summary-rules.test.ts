import { describe, expect, test } from 'vitest';
import { summarise } from '../../src/core/summary/extractive';
import { publisherSummary } from '../../src/core/summary/description';
import { genreOf } from '../../src/core/summary/genre';
import {
  isAside,
  isArgument,
  isFirstPerson,
  isFragment,
  isQuestion,
  isQuote,
  isResult,
  isVerdict,
  joinsBack,
  pointsBack,
} from '../../src/core/summary/cues';
import type { ArticleMeta } from '../../src/core/types';
import { fillerOf, metaWithDescription, para } from './summary-text';

describe('what makes a poor summary sentence', () => {
  test.each([
    // issue 16: the column about Yahoo's sale to Verizon
    ['Ahh, if only Yahoo had bought Snapchat when it had the chance.', joinsBack, true],
    ['And I presume there were legal reasons for the delay.', joinsBack, true],
    ['But the board disagreed.', joinsBack, true],
    ['Andrew Cuomo signed the bill on Monday.', joinsBack, false],
    // issue 16: in German and Spanish the lede was skipped for sentences like these
    ['Zudem gibt es neue Zusatzfelder in der Datenbank.', joinsBack, true],
    ['Pero el gobierno no respondió.', joinsBack, true],
    ['Mais le gouvernement a refusé.', joinsBack, true],
    ['En 2019, el gobierno aprobó la ley.', joinsBack, false],
    ['No one was hurt in the blast, police said.', joinsBack, false],
    ['Dies sei ein großer Erfolg, sagte er.', pointsBack, true],
    ['Esto cambió todo.', pointsBack, true],
    ['This will stay with Yahoo for the time being.', pointsBack, true],
    ['Thistle Ltd posted record profits.', pointsBack, false],
    ['“We are thrilled with the result,” she said.', isQuote, true],
    ['The mayor said “we are thrilled” before leaving for Rome on Monday night.', isQuote, false],
    ['What does this mean for investors?', isQuestion, true],
    ['Who is he?” she asked.', isQuestion, false],
    ['I presume there were legal reasons for the delay.', isFirstPerson, true],
    ['“I will stay,” the minister said on Tuesday.', isFirstPerson, false],
    ['said the spokesman, who declined to be named.', isFragment, true],
    ['” the spokesman said, declining to be named.', isFragment, true],
    ['(Reporting by Jane Doe; editing by John Roe.)', isAside, true],
    ["Editor's note: this story has been updated.", isAside, true],
    ['ARGENTINA CRUISES Argentina comfortably got past Chile 3-0 in Group C.', isAside, true],
    ['NASA found water vapour above Europa.', isAside, false],
  ])('%j', (sentence, rule, expected) => {
    expect(rule(sentence)).toBe(expected);
  });
});

describe('genre cues', () => {
  test.each([
    ['The Islanders beat the Penguins 5-4 in overtime on Tuesday night.', isResult, true],
    ['The Islanders host the Penguins on Tuesday night at 7.', isResult, false],
    ['Our verdict: the 16-inch MacBook Pro is the best laptop Apple makes.', isVerdict, true],
    ['Apple unveiled the laptop on Wednesday.', isVerdict, false],
    ['Democrats should widen their inquiry beyond Ukraine.', isArgument, true],
    ['Democrats widened their inquiry on Monday.', isArgument, false],
  ])('%j', (sentence, rule, expected) => {
    expect(rule(sentence)).toBe(expected);
  });

  test.each([
    [{ url: 'https://www.nytimes.com/2019/11/19/opinion/republicans-elections.html' }, 'opinion'],
    [{ url: 'https://www.theguardian.com/commentisfree/2019/nov/18/hong-kong' }, 'opinion'],
    [{ url: 'https://example.com/sport/football/123' }, 'sports'],
    [{ title: '16-inch MacBook Pro review: the keyboard is enough' }, 'review'],
    [{ url: 'https://example.com/news/world/123', title: 'Storm hits coast' }, 'other'],
  ])('%j is %s', (meta, genre) => {
    expect(genreOf([], [], meta)).toBe(genre);
  });

  test('a match report is known by its result in the opening', () => {
    expect(genreOf(['Spain beat Russia 2-1 in the Davis Cup Finals on Tuesday.'], [])).toBe('sports');
  });
});

const filler = fillerOf('zz');

describe('the summary leads with what the genre leads with', () => {
  test('a match report: the result before a pre-game remark', () => {
    const remark = 'Before the game the coach told reporters the squad felt relaxed and ready for the derby crowd.';
    const result = 'Late goals from Kane and Son gave Tottenham a 2-1 win over Arsenal at the stadium on Sunday.';
    const blocks = [para(0, remark), para(1, filler(6)), para(2, result), para(3, filler(6))];
    const [first] = summarise(blocks, [], { maxSentences: 1, meta: { url: 'https://x.com/sport/1', title: null } });
    expect(first?.text).toBe(result);
  });

  test('an opinion piece: the argument counts', () => {
    const event = 'Voters in four states went to the polls on Tuesday in elections for governor and legislature.';
    const argument = 'Democrats should widen the impeachment inquiry into a longer investigation of the president.';
    const blocks = [para(0, event), para(1, filler(5)), para(2, argument)];
    const meta = { url: 'https://x.com/opinion/2019/impeach', title: null };
    const opinion = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(opinion).toContain(argument);
  });

  test('dates and numbers tip a choice between otherwise equal sentences', () => {
    const a = 'The council approved the harbour plan after a long debate among members of every party.';
    const b = 'The council approved the harbour plan after a long debate among members of every group.';
    const lede = 'Storms closed the coast road for a week and cut the power to three thousand homes.';
    const blocks = [para(0, lede), para(1, filler(4)), para(2, a), para(3, b)];
    const at = b.indexOf('group');
    const dates = [{ blockId: 3, start: at, end: at + 5, text: 'group' }];
    expect(summarise(blocks, [], { maxSentences: 2 }).map((s) => s.text)).toEqual([lede, a]);
    expect(summarise(blocks, [], { maxSentences: 2, dates }).map((s) => s.text)).toEqual([lede, b]);
  });

  test('quotes, questions, asides and sentences that lean back are passed over', () => {
    const poor = [
      '“We never expected the harbour bridge to close so soon,” the mayor told the council.',
      'What will the harbour bridge closure mean for the thousands who cross it each day?',
      'And the harbour bridge closure was, as ever, blamed on the weather and the budget.',
      '(The harbour bridge closure was reported first by the local radio station on Monday.)',
    ];
    const good = 'Engineers closed the harbour bridge on Monday after finding deep cracks in two of its piers.';
    const blocks = [...poor.map((t, i) => para(i, t)), para(9, good)];
    expect(summarise(blocks, [], { maxSentences: 1 })[0]?.text).toBe(good);
  });
});

describe("the publisher's description", () => {
  const meta = (excerpt: string): ArticleMeta => metaWithDescription(excerpt, 'Women who coded chaos');
  const body = [
    para(0, 'A little over half a century ago, chaos started spilling out of a famous experiment at MIT.'),
    para(1, 'Two women programmers, Margaret Hamilton and Ellen Fetter, wrote the code behind the chaos theory work.'),
    para(2, 'Their untold story shows how the status of computation in science changed over the decades.'),
  ];

  test('a real summary is used', () => {
    const d = 'Two women programmers played a pivotal role in the birth of chaos theory at MIT.';
    expect(publisherSummary(meta(d), body)).toBe(d);
  });

  test('cut off by the site, it keeps its whole sentences', () => {
    const d =
      'Two women programmers played a pivotal role in the birth of chaos theory. Their previously untold story illustrates the changing status of computation in';
    expect(publisherSummary(meta(d), body)).toBe(
      'Two women programmers played a pivotal role in the birth of chaos theory.',
    );
  });

  test('a site slogan or a teaser is not', () => {
    expect(
      publisherSummary(meta('The best journalism about the world, every single day, from our newsroom.'), body),
    ).toBe(null);
    expect(publisherSummary(meta('Who really wrote the code behind chaos theory at MIT?'), body)).toBe(null);
  });
});
