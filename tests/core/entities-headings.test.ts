/**
 * Names in headings, Title Case, ALL CAPS and datelines: read with the body's evidence (the
 * examples of issue 15: the North Korea/Kursk story and the demo article).
 */
import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../src/cli/model';
import { groupMentions } from '../../src/core/entities/group';
import { datelineEnd, sentencesOf } from '../../src/core/entities/model-recogniser';
import { isTitleCaseHeadline } from '../../src/core/entities/model/document';
import type { Block, EntityType } from '../../src/core/types';
import { analyse } from '../../src/core/analyse';
import { extractArticle } from '../../src/article/extract';
import { demo, load } from '../article/load';

const recogniser = loadRecogniser();

const block = (id: number, kind: Block['kind'], text: string): Block => ({ id, kind, text });

/** Our own telling of the product's canonical story, with its Title Case headings. */
const KURSK: Block[] = [
  block(0, 'heading', 'South Korea Says North Korean Troops Are Fighting in Russia’s Kursk Region'),
  block(
    1,
    'paragraph',
    'SEOUL — North Korea has sent about 11,000 soldiers to Russia’s Kursk Oblast, where Ukrainian forces ' +
      'have held ground since August, South Korea’s intelligence agency said on Wednesday. North Korean ' +
      'officers were seen near the border, the agency said, and some of the troops have already been ' +
      'deployed to the front line.',
  ),
  block(2, 'heading', 'Military Cooperation Between Russia and North Korea Intensifies'),
  block(
    3,
    'paragraph',
    'The military cooperation between the two countries intensifies a partnership that President ' +
      'Vladimir Putin and the North Korean leader Kim Jong Un sealed with a defence treaty in Pyongyang ' +
      'in June. Kim has since visited a Russian arms factory, and Putin praised the agreement.',
  ),
  block(4, 'heading', 'Strategic Partnership Deepens'),
  block(
    5,
    'paragraph',
    'Officials in Seoul and Washington say the strategic partnership deepens every month. The Pentagon ' +
      'said the troops could join the fighting in Kursk within weeks, and NATO’s secretary general, Mark ' +
      'Rutte, called the deployment a dangerous expansion of the war.',
  ),
];

/** The names a reader may see on the story's card, with their types. */
const KURSK_NAMES: Record<string, EntityType> = {
  'South Korea': 'PLACE',
  'North Korea': 'PLACE',
  'North Korean': 'OTHER',
  Russia: 'PLACE',
  'Kursk Oblast': 'PLACE',
  'Kursk Region': 'PLACE',
  Kursk: 'PLACE',
  Ukrainian: 'OTHER',
  Russian: 'OTHER',
  SEOUL: 'PLACE',
  Seoul: 'PLACE',
  Washington: 'PLACE',
  Pyongyang: 'PLACE',
  'Vladimir Putin': 'PERSON',
  Putin: 'PERSON',
  'Kim Jong Un': 'PERSON',
  Kim: 'PERSON',
  'Mark Rutte': 'PERSON',
  Pentagon: 'ORG',
  NATO: 'ORG',
};

describe('headings are read with the body’s evidence', () => {
  const mentions = recogniser.recognise(KURSK);
  const inBlock = (id: number): [string, EntityType][] =>
    mentions.filter((m) => m.blockId === id).map((m) => [m.text, m.type]);

  test('the headline’s "South Korea" is a place', () => {
    expect(inBlock(0)).toContainEqual(['South Korea', 'PLACE']);
  });

  test('a Title Case sub-heading is split where its words are ordinary words in the body', () => {
    expect(inBlock(2)).toEqual([
      ['Russia', 'PLACE'],
      ['North Korea', 'PLACE'],
    ]);
    expect(inBlock(4)).toEqual([]);
  });

  test('every entity on the card is a real name of the right type', () => {
    const entities = groupMentions(mentions, { blockCount: KURSK.length, title: KURSK[0]?.text ?? null });
    for (const e of entities) expect([e.name, e.type]).toEqual([e.name, KURSK_NAMES[e.name] ?? 'not a name']);
    expect(entities.map((e) => e.name)).not.toContain('North');
  });

  test.each([
    ['Military Cooperation Between Russia and North Korea Intensifies', true],
    ['Strategic Partnership Deepens', true],
    ['June 9 -- Bridgestone Arena, Nashville, TN', false],
    ['Rhine shippers cut loads as river falls to record low', false],
    // Letters outside ASCII are read as the Unicode classes read them.
    ['Élysée Talks With Ørsted Stall', true],
    ['Élysée talks with Ørsted stall', false],
    ['ÉLYSÉE Über Ørsted', false],
    ['Über Élan Ørsted', true],
    ['ökonomie Élan Ørsted Über', false],
  ])('%j is read as a Title Case heading: %s', (text, heading) => {
    const words = sentencesOf([block(0, 'paragraph', text)]).flatMap((s) => s.tokens.map((t) => t.text));
    expect(isTitleCaseHeadline(words, false)).toBe(heading);
  });
});

describe('datelines', () => {
  const tokensOf = (text: string) => sentencesOf([block(0, 'paragraph', text)]).map((s) => s.tokens.map((t) => t.text));

  test.each([
    ['COLOGNE, Germany — Barge operators are busy.', ['COLOGNE', ',', 'Germany', '—']],
    ['WASHINGTON (Reuters) - The Fed raised rates.', ['WASHINGTON', '(', 'Reuters', ')', '-']],
  ])('%j: the dateline is a line of its own', (text, dateline) => {
    expect(tokensOf(text)[0]).toEqual(dateline);
  });

  test.each(['NATO is here - and so are we.', 'US officials — at least three — said so.', 'BRUSSELS 1996-08-22'])(
    '%j has no dateline to cut',
    (text) => {
      const tokens = sentencesOf([block(0, 'paragraph', text)])[0]?.tokens ?? [];
      expect(datelineEnd(tokens)).toBe(0);
    },
  );
});

describe('the demo article’s names', () => {
  const { article } = extractArticle(load(demo(), 'https://ledger.example/rhine'), { url: null });
  const analysis = analyse(article, { now: new Date('2025-08-15T10:00:00Z'), recogniser });
  const typeOf = (name: string): EntityType | undefined => analysis.entities.find((e) => e.name === name)?.type;
  const names = analysis.entities.map((e) => e.name);

  test('a sentence-initial common noun after a dateline is no name', () => {
    expect(names).not.toContain('Barge');
    expect(typeOf('Cologne')).toBe('PLACE');
  });

  test.each<[string, EntityType]>([
    ['Kiel Institute', 'ORG'],
    ['Martina Vogel', 'PERSON'],
    ['BASF', 'ORG'],
  ])('%s is one %s', (name, type) => {
    expect(typeOf(name)).toBe(type);
  });

  test('the weather service keeps its whole name', () => {
    expect(names.some((n) => /^(?:German )?Weather Service$/u.test(n) && typeOf(n) === 'ORG')).toBe(true);
  });
});
