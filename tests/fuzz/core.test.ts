/**
 * Fuzzing the analysis core: random Unicode text (names, dates, scripts of every direction,
 * emoji, lone surrogates, control characters) through `analyse`. It never throws, every
 * mention, date and summary sentence lies inside its block and holds the text it says, and
 * no input is far slower per character than the others.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import type { Block, Span } from '../../src/core/types';
import { int, pick, randomText, seeded } from './random';
import { errorMessage } from '../../src/shared/error-message';
import { expectNoOutlier, type Timed } from '../helpers/growth';

const INPUTS = 400;
const KINDS = ['paragraph', 'heading', 'list-item', 'quote', 'caption', 'preformatted', 'cell'] as const;

describe('fuzz: analysis core', () => {
  test(`${INPUTS} random texts: no throw, offsets inside their text, and none far slower than the rest`, () => {
    const rand = seeded(8);
    const recogniser = loadRecogniser();
    const failures: string[] = [];
    let slowest = 0;
    const timed: Timed[] = [];
    let spans = 0;
    for (let i = 0; i < INPUTS; i++) {
      const blocks: Block[] = Array.from({ length: int(rand, 0, 6) }, (_, id) => ({
        id,
        kind: pick(rand, KINDS),
        text: randomText(rand, i % 50 === 0 ? 3000 : 80),
      }));
      const published = pick(rand, [null, '2024-02-29', '2021-03-01T23:30:00-05:00', 'garbage', '99999-01-01']);
      const meta = {
        url: null,
        title: randomText(rand, 8),
        byline: [],
        publishedTime: published,
        modifiedTime: null,
        siteName: null,
        lang: 'en',
        dir: null,
        excerpt: null,
        leadImage: null,
        sources: {},
      };
      const t0 = performance.now();
      try {
        const a = analyse(
          { meta, blocks, isArticle: true, reason: 'fuzz' },
          { now: new Date('2026-01-01T00:00:00Z'), recogniser },
        );
        const check = (what: string, s: Span): void => {
          spans++;
          const text = blocks[s.blockId]?.text;
          if (text === undefined) throw new Error(`${what} in a block that does not exist`);
          if (!(s.start >= 0 && s.start < s.end && s.end <= text.length))
            throw new Error(`${what} offsets ${s.start}-${s.end} outside 0-${text.length}`);
          if (text.slice(s.start, s.end) !== s.text) throw new Error(`${what} text does not match its offsets`);
        };
        for (const e of a.entities) for (const m of e.mentions) check('mention', m);
        for (const d of a.dates) check('date', d);
        for (const s of a.summary) check('summary sentence', s);
        for (const t of a.timeline) check('timeline entry', { ...t, text: t.text });
      } catch (e) {
        failures.push(`input ${i}: ${errorMessage(e)}`);
      }
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      const again = (): unknown =>
        analyse(
          { meta, blocks, isArticle: true, reason: 'fuzz' },
          { now: new Date('2026-01-01T00:00:00Z'), recogniser },
        );
      timed.push({ size: blocks.reduce((n, b) => n + b.text.length, 0), ms, again });
    }
    console.log(
      `fuzz core: ${INPUTS} texts, ${spans} spans checked, ${failures.length} failures, slowest ${slowest.toFixed(0)} ms`,
    );
    expect(failures).toEqual([]);
    expectNoOutlier(timed);
  }, 60_000);
});
