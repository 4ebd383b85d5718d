/**
 * The service worker's model host, with the model read from disk: it loads the model once
 * (again after a failed load), and each tab's frame has one reading under way, which a newer
 * reading from the same frame, or the tab's navigation or closing, stops.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ModelHost } from '../../src/background/model-host';
import { modelPath } from '../../src/cli/model';
import type { ArticleText } from '../../src/core/types';

const bytes = readFileSync(modelPath());
const article = {
  meta: { title: 'Ports', byline: [], lang: 'en', sources: {} },
  blocks: [{ id: 0, kind: 'paragraph', text: 'Dock workers in Hamburg walked out on Monday, said Petra Lange.' }],
  isArticle: true,
  reason: 'test',
} as unknown as ArticleText;

function host(): { model: ModelHost; loads: () => number } {
  let loads = 0;
  const model = new ModelHost(async () => {
    loads++;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
  return { model, loads: () => loads };
}

describe('the model host', () => {
  test('reads an article, loading the model once for every reading', async () => {
    const { model, loads } = host();
    const [a, b] = await Promise.all([model.analyse(article, false, 1), model.analyse(article, true, 2)]);
    expect(a.entities.map((e) => e.name)).toContain('Hamburg');
    expect(b.dates).toEqual([]);
    await model.analyse(article, false, 1);
    expect(loads()).toBe(1);
  });

  test('a failed load is tried again on the next reading', async () => {
    let attempts = 0;
    const model = new ModelHost(async () => {
      if (++attempts === 1) throw new Error('network');
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    });
    await expect(model.analyse(article, false, 1)).rejects.toThrow('network');
    await expect(model.analyse(article, false, 1)).resolves.toMatchObject({ isArticle: true });
    expect(attempts).toBe(2);
  });

  test('a newer reading from the same frame supersedes the older; other frames and tabs go on', async () => {
    const { model } = host();
    const older = model.analyse(article, false, 1, 0);
    const otherFrame = model.analyse(article, false, 1, 3);
    const otherTab = model.analyse(article, false, 2, 0);
    const newer = model.analyse(article, false, 1, 0);
    await expect(older).rejects.toThrow('superseded');
    await expect(newer).resolves.toMatchObject({ isArticle: true });
    await expect(otherFrame).resolves.toMatchObject({ isArticle: true });
    await expect(otherTab).resolves.toMatchObject({ isArticle: true });
  });

  test('a tab that navigates or closes stops its readings, and only its own', async () => {
    const { model } = host();
    const top = model.analyse(article, false, 1, 0);
    const frame = model.analyse(article, false, 1, 2);
    const other = model.analyse(article, false, 11, 0);
    model.cancelTab(1);
    await expect(top).rejects.toThrow('superseded');
    await expect(frame).rejects.toThrow('superseded');
    await expect(other).resolves.toMatchObject({ isArticle: true });
  });
});
