import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { isArgument, isEarlierMeeting, isSportsPoint, isStatLine } from '../../src/core/summary/cues';
import { para } from './summary-text';

// Sports pages that are no match report (issue 16): a preview, whose only score is often the
// sides' last meeting; a profile or a column, which open on a scene and tell the news that
// made them right after it. Texts of our own.

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe("a preview's recalled score", () => {
  test.each([
    ['The Herons won the reverse fixture 2-0 in October.', true],
    ['When the sides last met, the Gulls won 3-1 at Mill Road.', true],
    ['The Gulls have not lost a head-to-head game since 2019.', true],
    ['The Gulls beat the Herons 2-0 on Saturday to go top.', false],
  ])('%j recalls an earlier meeting: %s', (sentence, expected) => {
    expect(isEarlierMeeting(sentence)).toBe(expected);
  });

  test('a preview leads with the fixture and what is at stake, not the score of the last meeting', () => {
    const fixture =
      'The Gulls can clinch the Northern League title on Saturday when they host the Herons at Mill Road.';
    const stakes =
      'Victory for the Gulls would put them six points clear with two games left, while a Herons win would lift them level.';
    const recalled = 'The Herons won the reverse fixture 2-0 in October and arrive on a run of five straight wins.';
    const blocks = [para(0, fixture), para(1, stakes), para(2, recalled)];
    const meta = {
      url: 'https://example.com/sport/football/gulls-herons-preview',
      title: 'Gulls v Herons: what is at stake',
    };
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([fixture, stakes]);
  });
});

describe("a preview's form guide", () => {
  test.each([
    ['Gulls: W W D L W. Herons: W W W L W.', true],
    ['Form: WWDLW', true],
    ['Wins for the Gulls in each of the last four games have lifted the mood at Mill Road.', false],
  ])('%j is no result: %s', (line, expected) => {
    expect(isStatLine(line)).toBe(expected);
  });
});

describe("a profile's news after its scene", () => {
  test.each([
    ['On Sunday the 20-year-old headed the 89th-minute winner against the Herons.', true],
    ['The goal keeps the Gulls two points behind the leaders with four games left.', true],
    ['His equaliser kept the Gulls in the title race.', true],
    ['He grew up ten minutes from the ground and still lives with his parents.', false],
  ])('%j is a sports point: %s', (sentence, expected) => {
    expect(isSportsPoint(sentence)).toBe(expected);
  });

  const meta = { url: 'https://example.com/sport/football/tom-reyes-profile', title: 'The rise of Tom Reyes' };
  const scene = 'Four years ago Tom Reyes was selling programmes outside Mill Road on match days.';

  test('the sports point right after a scene lede weighs as the sentence after a news lede', () => {
    // The longer account of his past would win on its length alone.
    WEIGHTS.length = 3;
    WEIGHTS.afterLede = 10;
    const news =
      'On Sunday the 20-year-old headed the 89th-minute winner against the Herons that keeps the Gulls two points behind the leaders.';
    const past =
      'Born in the town, Reyes joined the academy at eleven, was released at fifteen and spent two years playing for his school and a Sunday side.';
    const blocks = [para(0, scene), para(1, news), para(2, past)];
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([scene, news]);
  });

  test('a sentence after the scene that tells no sports point gets no such weight', () => {
    WEIGHTS.afterLede = 10;
    const aside = 'Afterwards the panel of three gave its first impressions of the ground and the new stand.';
    const point = 'On Sunday the 20-year-old headed the 89th-minute winner against the Herons at Mill Road.';
    const blocks = [para(0, scene), para(1, aside), para(2, point)];
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([scene, point]);
  });
});

describe("a column's call for what is needed", () => {
  test.each([
    ['What the Gulls need is a new stand, not a new manager.', true],
    ['What this town needs now is a bus that runs after nine.', true],
    ['What happened next is still argued over in the pubs near the ground.', false],
    ['The Gulls need a striker and a fit goalkeeper for the run-in.', false],
  ])('%j states what is needed: %s', (sentence, expected) => {
    expect(isArgument(sentence)).toBe(expected);
  });

  test("a sports column's closing call is chosen over the paragraph's other sentence", () => {
    const scene = 'Ray Dale knows how this ends for a manager whose team has gone six games without a win.';
    const middle = 'The club has sold its best player every summer and kept the money to pay the owner back.';
    const warning =
      'If the board sacks him on Friday, his successor will inherit the same thin squad and the same owner.';
    const call = 'What the Gulls need is money spent on the squad, not a new face in the dugout.';
    const blocks = [para(0, 'Comment'), para(1, scene), para(2, middle), para(3, `${warning} ${call}`)];
    const meta = { url: 'https://example.com/sport/football/gulls-dale-column', title: 'Sacking Dale fixes nothing' };
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toContain(call);
  });
});
