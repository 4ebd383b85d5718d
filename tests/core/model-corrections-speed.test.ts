/**
 * The English corrections' shortcuts (issue 15, speed) change no output: the found names kept
 * beside the tagger's (by-block.ts `withFound`, a search in sorted spans) are those a
 * look at every mention keeps; the compounds pass is skipped only where no hyphen could
 * build a name; and the word lists' answers the recogniser keeps from text to text are the
 * answers a fresh recogniser gives. Texts of our own.
 */
import { describe, expect, test } from 'vitest';
import { withFound } from '../../src/core/entities/by-block';
import { isSportsText } from '../../src/core/entities/club-context';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.blockId}:${m.start}-${m.end}:${m.type}`);

/** `withFound` as it was written first: each found name against every mention of its block. */
function withFoundByLooking(mentions: readonly EntityMention[], found: readonly EntityMention[]): EntityMention[] {
  const outside = found.filter(
    (f) => !mentions.some((m) => m.blockId === f.blockId && m.start < f.end && m.end > f.start),
  );
  if (outside.length === 0) return [...mentions];
  return [...mentions, ...outside].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

/** A small generator of numbers (the same on every run). */
function numbers(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

function randomSpans(next: () => number, n: number): EntityMention[] {
  return Array.from({ length: n }, () => {
    const start = Math.floor(next() * 60);
    const end = start + 1 + Math.floor(next() * 12);
    return { blockId: Math.floor(next() * 3), start, end, text: 'x', type: next() < 0.5 ? 'PLACE' : 'ORG' };
  });
}

describe('withFound keeps the found names that overlap no mention', () => {
  test('as a look at every mention does, on spans nested, touching and overlapping in part', () => {
    const next = numbers(7);
    for (let round = 0; round < 300; round++) {
      // Mentions out of text order too (a pass may hand them so): the answer must not depend on it.
      const mentions = randomSpans(next, Math.floor(next() * 8));
      const found = randomSpans(next, Math.floor(next() * 6));
      expect(shown(withFound(mentions, found))).toEqual(shown(withFoundByLooking(mentions, found)));
    }
  });

  test('a name that ends where a mention starts is outside it; one a character into it is not', () => {
    const mentions: EntityMention[] = [{ blockId: 0, start: 10, end: 20, text: 'x', type: 'ORG' }];
    const touching: EntityMention = { blockId: 0, start: 4, end: 10, text: 'y', type: 'OTHER' };
    const inside: EntityMention = { blockId: 0, start: 19, end: 25, text: 'z', type: 'OTHER' };
    expect(shown(withFound(mentions, [touching, inside]))).toEqual(['0:4-10:OTHER', '0:10-20:ORG']);
  });
});

describe('the recogniser corrects as before', () => {
  const recogniser = englishRecogniser();
  const corrected = (text: string, mentions: EntityMention[]): string[] =>
    recogniser.corrections([{ id: 0, kind: 'paragraph', text }], mentions).map((m) => `${m.text}/${m.type}`);

  test('a name and a participle with a hyphen is still one other name; a score with a hyphen builds none', () => {
    const a = 'The Harlowe-based printer hired forty staff, and Quillon won 2-1 at home.';
    expect(corrected(a, [mention(a, 'Harlowe', 'PLACE'), mention(a, 'Quillon', 'ORG')])).toContain(
      'Harlowe-based/OTHER',
    );
    // A letter outside ASCII before the hyphen.
    const c = 'A Malmö-based label signed the band on 1996-12-06.';
    expect(corrected(c, [mention(c, 'Malmö', 'PLACE')])).toContain('Malmö-based/OTHER');
    const b = 'Quillon won 2-1 at home on a well-known ground.';
    expect(corrected(b, [mention(b, 'Quillon', 'ORG')])).toEqual(['Quillon/ORG']);
  });

  test('a prefix before a name ("pro-Varnell") is one other name', () => {
    const a = 'The pro-Varnell crowd cheered as Varnell spoke in Dunmore.';
    expect(
      corrected(a, [
        mention(a, 'Varnell', 'PERSON'),
        mention(a, 'Varnell', 'PERSON', 1),
        mention(a, 'Dunmore', 'PLACE'),
      ]),
    ).toContain('pro-Varnell/OTHER');
  });

  test('the word lists kept from text to text give the answers a fresh recogniser gives', () => {
    const texts = [
      'Fans in Chicago cheered as the team flew to Denver; Chicago won.',
      'A Chicago-born writer moved to Denver and then to Mexico.',
      'Chicago lost to Denver, and Mexico beat Canada in Toronto.',
    ];
    const run = (r: ReturnType<typeof englishRecogniser>, text: string): string[] =>
      r.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => `${m.text}/${m.type}`);
    const kept = texts.map((t) => run(recogniser, t));
    expect(kept).toEqual(texts.map((t) => run(englishRecogniser(), t)));
    // And read again, after the others: the same.
    expect(texts.map((t) => run(recogniser, t))).toEqual(kept);
  });
});

describe('the sports test answers each text afresh', () => {
  test('asked again about one text, and about that text changed, or another', () => {
    const calm = 'The council met on Tuesday to discuss the budget.';
    const sports = 'The quarterback threw for two touchdowns before halftime.';
    const text = new Map([[0, calm]]);
    expect(isSportsText(text)).toBe(false);
    expect(isSportsText(text)).toBe(false);
    // The same map, its block changed: read again.
    text.set(0, sports);
    expect(isSportsText(text)).toBe(true);
    // A block added to it: read again.
    const two = new Map([[0, calm]]);
    expect(isSportsText(two)).toBe(false);
    two.set(1, sports);
    expect(isSportsText(two)).toBe(true);
    expect(isSportsText(new Map([[0, calm]]))).toBe(false);
  });
});
