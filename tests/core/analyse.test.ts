import { describe, expect, test } from 'vitest';
import { analyse, parseInstant, readingTime } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import { formatCard } from '../../src/core/report/format-card';
import type { ArticleMeta, ArticleText, Block } from '../../src/core/types';

const meta = (patch: Partial<ArticleMeta> = {}): ArticleMeta => ({
  url: 'https://news.example/a',
  title: 'Port strike spreads to Hamburg',
  byline: ['Ana Lima'],
  publishedTime: '2024-03-07T09:00:00+01:00',
  modifiedTime: null,
  siteName: 'Example News',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  sources: {},
  ...patch,
});

const blocks: Block[] = [
  {
    id: 0,
    kind: 'paragraph',
    text: 'Dock workers in Hamburg walked out on Monday, joining a strike that began in Rotterdam last week.',
  },
  {
    id: 1,
    kind: 'paragraph',
    text: 'The union said the action would last until Friday. Union leader Petra Lange said talks had failed.',
  },
  { id: 2, kind: 'heading', text: 'What comes next' },
  {
    id: 3,
    kind: 'paragraph',
    text: 'Lange said the employers had offered too little. Shipping lines diverted vessels to Antwerp.',
  },
];

const article = (patch: Partial<ArticleText> = {}): ArticleText => ({
  meta: meta(),
  blocks,
  isArticle: true,
  reason: 'test',
  ...patch,
});

const now = new Date('2026-01-01T00:00:00Z');
const recogniser = loadRecogniser();

describe('analyse', () => {
  const a = analyse(article(), { now, recogniser });

  test('a name the model finds inside a date is the date, not a name', () => {
    const text = 'Water levels on the Rhine fell again in mid-August, said Petra Lange.';
    const span = (t: string, type: 'PLACE' | 'OTHER' | 'PERSON') => {
      const start = text.indexOf(t);
      return { blockId: 0, start, end: start + t.length, text: t, type };
    };
    // A recogniser that also (wrongly) calls the month a name.
    const fake = {
      name: 'fake',
      recognise: () => [span('Rhine', 'PLACE'), span('August', 'OTHER'), span('Petra Lange', 'PERSON')],
    };
    const b = analyse(article({ blocks: [{ id: 0, kind: 'paragraph', text }] }), { now, recogniser: fake });
    expect(b.dates.map((d) => d.text)).toContain('mid-August');
    expect(b.entities.map((e) => e.name).sort()).toEqual(['Petra Lange', 'Rhine']);
  });

  test('a names-only reading (the first paint of a long article) has the names and nothing slower', () => {
    const quick = analyse(article(), { now, recogniser, namesOnly: true });
    expect(quick.entities.map((e) => e.name)).toEqual(a.entities.map((e) => e.name));
    expect(quick.dates).toEqual([]);
    expect(quick.summary).toEqual([]);
    expect(a.summary.length).toBeGreaterThan(0);
  });

  test('resolves relative dates against the publication date, in its time zone', () => {
    expect(a.referenceDate).toBe('2024-03-07T08:00:00.000Z');
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ['Monday', '2024-03-04'],
      ['last week', '2024-W09'],
      ['Friday', '2024-03-08'],
    ]);
  });

  test('falls back to now when the article has no date', () => {
    const b = analyse(article({ meta: meta({ publishedTime: null }) }), { now, recogniser });
    expect(b.referenceDate).toBe(now.toISOString());
  });

  test('groups entities and links the surname', () => {
    const lange = a.entities.find((e) => e.name === 'Petra Lange');
    expect(lange?.type).toBe('PERSON');
    expect(lange?.mentions.map((m) => [m.blockId, m.text])).toEqual([
      [1, 'Petra Lange'],
      [3, 'Lange'],
    ]);
    expect(a.entities.find((e) => e.name === 'Hamburg')?.type).toBe('PLACE');
  });

  test('every mention and date points at its own text', () => {
    for (const e of a.entities) {
      for (const m of e.mentions) expect(blocks[m.blockId]?.text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const d of a.dates) expect(blocks[d.blockId]?.text.slice(d.start, d.end)).toBe(d.text);
  });

  test('summary sentences come from paragraphs, in reading order, and are deterministic', () => {
    expect(a.summary.length).toBeGreaterThanOrEqual(2);
    expect(a.summary.every((s) => s.blockId !== 2)).toBe(true);
    const order = a.summary.map((s) => s.blockId * 1000 + s.start);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(analyse(article(), { now, recogniser })).toEqual(a);
  });

  test('counts words and reading time', () => {
    expect(a.wordCount).toBe(51);
    expect(a.readingTime).toEqual({ min: 1, max: 1 });
  });

  test('an empty article gives an empty analysis', () => {
    const empty = analyse(article({ blocks: [], isArticle: false, reason: 'none' }), { now, recogniser });
    expect(empty).toMatchObject({ entities: [], dates: [], summary: [], wordCount: 0, isArticle: false });
  });
});

describe('helpers', () => {
  test.each([
    [0, { min: 1, max: 1 }],
    [1000, { min: 4, max: 5 }],
    [2650, { min: 10, max: 14 }],
  ])('readingTime(%i)', (words, expected) => {
    expect(readingTime(words)).toEqual(expected);
  });

  test.each([
    ['2024-03-07T09:00:00+01:00', 60],
    ['2024-03-07T09:00:00-0500', -300],
    ['2024-03-07T09:00:00Z', 0],
    ['2024-03-07', undefined],
  ])('parseInstant(%j) offset %j', (iso, offset) => {
    expect(parseInstant(iso)?.timezoneOffset).toBe(offset);
  });

  test('a date-time without a zone is read as written, whatever the reader’s zone', () => {
    const zone = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
        process.env['TZ'] = tz;
        expect(parseInstant('2024-03-04T10:15:00')?.instant.toISOString()).toBe('2024-03-04T10:15:00.000Z');
        expect(parseInstant('2024-03-04')?.instant.toISOString()).toBe('2024-03-04T00:00:00.000Z');
        expect(parseInstant('2024-03-04T10:15:00+13:00')?.instant.toISOString()).toBe('2024-03-03T21:15:00.000Z');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  test('parseInstant rejects what is not a date', () => {
    expect(parseInstant('soon')).toBeNull();
    expect(parseInstant(null)).toBeNull();
  });
});

describe('formatCard', () => {
  const a = analyse(article(), { now, recogniser });
  test('markdown has the header, summary, entities by type and dates', () => {
    const md = formatCard(a, 'md');
    expect(md).toMatch(/^# Port strike spreads to Hamburg\n/);
    expect(md).toContain('Example News · by Ana Lima');
    expect(md).toContain('## Summary');
    expect(md).toMatch(/\*\*People\*\*: Petra Lange \(2\)/);
    expect(md).toContain('- Monday → 4 Mar 2024 (inferred)');
  });

  test("the publisher's summary is labelled as theirs; the featured dates come first", () => {
    const { featured: _featured, ...plain } = a.timeline[0]!;
    const withDescription = {
      ...a,
      description: 'Dock workers in Hamburg joined the strike.',
      timeline: [
        { ...plain, text: 'in 1990', value: '1990', certainty: 'exact' as const },
        { ...plain, text: 'in 2001', value: '2001', certainty: 'exact' as const, featured: true as const },
      ],
    };
    const md = formatCard(withDescription, 'md');
    expect(md).toContain("*The publisher's summary:* Dock workers in Hamburg joined the strike.");
    expect(md.indexOf('in 2001 → 2001')).toBeLessThan(md.indexOf('*1 more:*'));
    expect(md.indexOf('*1 more:*')).toBeLessThan(md.indexOf('in 1990 → 1990'));
  });

  test('markdown has who is who, the sources with their first quote, and who is involved in each date', () => {
    const md = formatCard(a, 'md');
    expect(md).toContain('## Who is who\n\n- Petra Lange: Union leader');
    expect(md).toMatch(/## Sources\n\n- Petra Lange: 2 reported; first: talks had failed\n/u);
    expect(md).toMatch(/- the union \(unnamed\): 1 reported; first: the action would last until Friday/iu);
    expect(md).toMatch(/- Monday → 4 Mar 2024 \(inferred\) — with Hamburg/u);
    expect(a.quotes?.length).toBe(3);
    expect(a.entities.find((e) => e.name === 'Petra Lange')?.roles?.map((r) => r.text)).toEqual(['Union leader']);
  });

  test('an article resting on one unnamed source says so in its sources', () => {
    const anonymous: Block[] = [1, 2, 3].map((id) => ({
      id,
      kind: 'paragraph',
      text: `A person familiar with the matter said the talks in Hamburg had failed for the ${id}th time.`,
    }));
    const md = formatCard(analyse(article({ blocks: anonymous }), { now, recogniser }), 'md');
    expect(md).toContain('rests on one unnamed source (A person familiar with the matter)');
  });

  test('plain text underlines headings', () => {
    expect(formatCard(a, 'text')).toContain('Key entities\n------------');
  });
});
