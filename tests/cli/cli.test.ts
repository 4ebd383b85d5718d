import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { lede } from '../helpers/cli';

/** The built command line's own entry point, as a shell starts it (tsx runs it from source). */
function ledeProcess(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lede annotate', () => {
  test('prints the card of the demo article', async () => {
    const r = await lede(['annotate', 'demo/article.html', '--now', '2025-08-15T10:00:00Z']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Rhine shippers cut loads as river falls to record low\n=+\n/);
    expect(r.stdout).toContain('The Meridian Ledger · by Hannah Weiss, Tomás Ortega');
    expect(r.stdout).toMatch(/People: .*Martina Vogel \(2\)/);
    expect(r.stdout).toContain('* Tuesday → 12 Aug 2025 (inferred)');
  });

  test('--format json is the Analysis', async () => {
    const r = await lede(['annotate', 'demo/article.html', '--format', 'json', '--now', '2025-08-15T10:00:00Z']);
    const a = JSON.parse(r.stdout) as { meta: { title: string }; entities: unknown[] };
    expect(a.meta.title).toBe('Rhine shippers cut loads as river falls to record low');
    expect(a.entities.length).toBeGreaterThan(5);
  });

  test.each([
    [['annotate'], /annotate takes one page/],
    [['annotate', 'demo/article.html', '--format', 'pdf'], /unknown format/],
    [['frobnicate'], /unknown command/],
  ])('bad arguments %j exit 2 with usage', async (args, message) => {
    const r = await lede(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage:');
  });

  test('a saved page whose inline style holds CSS jsdom cannot parse is annotated', async () => {
    const r = await lede(['annotate', 'tests/fixtures/pages/zoo/invalid-css.html', '--format', 'json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as { meta: { title: string; byline: string[] }; entities: { name: string }[] };
    expect(a.meta.title).toBe('Barge traffic resumes on the Rhine');
    expect(a.meta.byline).toEqual(['Ana Lima']);
    expect(a.entities.map((e) => e.name)).toContain('Martina Vogel');
  });

  test('a missing file is an error, not a crash', async () => {
    const r = await lede(['annotate', 'no/such/page.html']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^lede: .*no such file/i);
  });
});

describe('the evaluation contract', () => {
  test('lede annotate --jsonl: the lead baseline is read from the given clean body, not the page', async () => {
    const body = 'First clean sentence of the story is here. Second clean sentence follows it.\nA third one.';
    const page = JSON.stringify({
      file: 'demo/article.html',
      url: 'https://example.com/a',
      now: '2025-08-15T10:00:00Z',
    });
    const withBody = JSON.stringify({ ...JSON.parse(page), body });
    const r = await lede(['annotate', '--jsonl'], page + '\n' + withBody + '\n');
    expect(r.status).toBe(0);
    const [plain, clean] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { lead: string[] });
    expect(plain!.lead.length).toBeGreaterThan(0);
    expect(plain!.lead[0]).not.toContain('First clean sentence');
    expect(clean!.lead.slice(0, 3)).toEqual(
      ['First clean sentence of the story is here.', 'Second clean sentence follows it.', 'A third one.'].slice(
        0,
        plain!.lead.length,
      ),
    );
  });

  test('lede ner: offsets index the given text, CoNLL types, TIMEX values', async () => {
    const text = 'Officials in Kyiv met NATO envoys on Tuesday.';
    const r = await lede(['ner'], JSON.stringify({ id: 'd1', text, dct: '2024-03-07' }) + '\n');
    const out = JSON.parse(r.stdout) as {
      id: string;
      entities: { start: number; end: number; type: string }[];
      timex: { start: number; end: number; type: string; value: string }[];
    };
    expect(out.id).toBe('d1');
    expect(out.entities.map((e) => [text.slice(e.start, e.end), e.type])).toEqual([
      ['Kyiv', 'LOC'],
      ['NATO', 'ORG'],
    ]);
    expect(out.timex.map((t) => [text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Tuesday', 'DATE', '2024-03-05'],
    ]);
  });

  test('lede extract --jsonl: one line out per page in, errors reported per page', async () => {
    const input = [{ file: 'demo/article.html', url: 'https://ledger.example/rhine' }, { file: 'missing.html' }]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const lines = (await lede(['extract', '--jsonl'], input + '\n')).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      file: 'demo/article.html',
      isArticle: true,
      title: 'Rhine shippers cut loads as river falls to record low',
      byline: 'Hannah Weiss, Tomás Ortega',
      publishedTime: '2025-08-14T07:30:00+02:00',
      siteName: 'The Meridian Ledger',
      lang: 'en-GB',
    });
    expect(String(lines[0]?.['text']).split('\n')[0]).toMatch(/^COLOGNE, Germany/);
    expect(lines[1]).toMatchObject({ file: 'missing.html', error: expect.stringMatching(/no such file/i) });
  });
});

describe('the entry point', () => {
  // One process, started as a shell starts it: its exit status and its two streams apart. Every
  // other case runs `main` in this process (tests/helpers/cli.ts): the same code, without the
  // seconds each Node start costs.
  test('a usage error goes to stderr with status 2', () => {
    const bad = ledeProcess(['frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/unknown command "frobnicate"[\s\S]*usage:/);
  }, 60_000);
});
