import { describe, expect, test } from 'vitest';
import { BlockText } from '../../src/article/block-text';
import { collectBlocks } from '../../src/article/blocks';
import { load } from './load';

const blocksOf = (html: string): BlockText[] => {
  const doc = load(`<body><div id="root">${html}</div></body>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return collectBlocks(root).map((b) => BlockText.fromPieces(b.pieces));
};

describe('BlockText', () => {
  test('collapses white space as a reader sees it and maps ranges across text nodes', () => {
    const [b] = blocksOf('<p>  Angela   <b>Merkel</b>\n met <i>Emmanuel Macron</i> in  Paris. </p>');
    expect(b?.text).toBe('Angela Merkel met Emmanuel Macron in Paris.');
    const text = b?.text ?? '';
    for (const name of ['Angela Merkel', 'Emmanuel Macron', 'Paris', 'met']) {
      const start = text.indexOf(name);
      expect(
        b
          ?.toRange(start, start + name.length)
          ?.toString()
          .replace(/\s+/g, ' '),
      ).toBe(name);
    }
  });

  test('a <br> becomes a line break', () => {
    const [b] = blocksOf('<p>First line<br>second line</p>');
    expect(b?.text).toBe('First line\nsecond line');
    expect(b?.toRange(11, 22)?.toString()).toBe('second line');
  });

  test('out-of-range offsets give no range', () => {
    const [b] = blocksOf('<p>Short</p>');
    expect(b?.toRange(0, 99)).toBeNull();
    expect(b?.toRange(3, 3)).toBeNull();
    expect(b?.toRange(-1, 2)).toBeNull();
  });
});

describe('collectBlocks', () => {
  test.each([
    [
      '<p>One</p><p>Two</p>',
      [
        ['paragraph', 'One'],
        ['paragraph', 'Two'],
      ],
    ],
    [
      '<h2>Head</h2><ul><li>Item</li></ul>',
      [
        ['heading', 'Head'],
        ['list-item', 'Item'],
      ],
    ],
    [
      '<blockquote>Quote</blockquote><figure><figcaption>Cap</figcaption></figure>',
      [
        ['quote', 'Quote'],
        ['caption', 'Cap'],
      ],
    ],
    [
      '<div>Before<p>Inside</p>After</div>',
      [
        ['paragraph', 'Before'],
        ['paragraph', 'Inside'],
        ['paragraph', 'After'],
      ],
    ],
    ['<p>Text<script>var x = "no";</script><style>p{}</style></p>', [['paragraph', 'Text']]],
    ['<p>Keep</p><textarea>Drop</textarea><div contenteditable>Drop too</div>', [['paragraph', 'Keep']]],
  ])('%j', (html, expected) => {
    const doc = load(`<body><div id="root">${html}</div></body>`);
    const root = doc.getElementById('root');
    if (!root) throw new Error('no root');
    const got = collectBlocks(root).map((b) => [b.kind, BlockText.fromPieces(b.pieces).text]);
    expect(got).toEqual(expected);
  });
});
