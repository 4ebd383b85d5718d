import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the gold tools, without types
import { splitIn } from '../../scripts/gold/gold.mjs';
// @ts-expect-error: a plain ES module of the evaluation, without types
import { isMetadataPage, visibleText } from '../../scripts/eval/metadata-pages.mjs';

describe('the summary references on metadata pages', () => {
  test('a pl- page is in the fresh split and names its source.html; an article keeps its split', () => {
    const files = readdirSync('eval/gold/summaries').filter((f) => f.endsWith('.json'));
    const fresh = files.filter((f) => isMetadataPage(f));
    expect(fresh.length).toBeGreaterThanOrEqual(30);
    for (const f of files) {
      const gold = JSON.parse(readFileSync(`eval/gold/summaries/${f}`, 'utf8')) as {
        id: string;
        split: string;
        source: string;
      };
      if (isMetadataPage(gold.id))
        expect([f, gold.split, gold.source]).toEqual([f, 'fresh', `metadata/${gold.id}/source.html`]);
      else expect([f, gold.split]).toEqual([f, splitIn('summaries', gold.id)]);
    }
  });

  test('the visible text drops scripts, styles, comments and tags and decodes entities', () => {
    const html =
      '<html><head><style>p{color:red}</style><script>var a = "<p>x</p>";</script></head>' +
      '<body><!-- note --><h1>Fed&nbsp;lifts rates</h1><p>Up 0.25&#37; &amp; more&#x2014;again</p></body></html>';
    expect(visibleText(html)).toBe('Fed lifts rates Up 0.25% & more\u2014again');
  });
});
