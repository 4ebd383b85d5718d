/** Pixel checks on screenshots, decoded in the browser (no image package needed). */
import type { BrowserContext } from 'playwright-core';

export interface PixelStats {
  /** Pixels that differ from the reference screenshot (when one is given). */
  changed: number;
  /** Pixels in the yellow of Lede's date highlight. */
  dateYellow: number;
}

export async function comparePixels(context: BrowserContext, png: Buffer, reference?: Buffer): Promise<PixelStats> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ([a, b]) => {
        const load = async (data: string): Promise<ImageData> => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d');
          if (!ctx) throw new Error('no 2d context');
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height);
        };
        const shot = await load(a as string);
        const ref = b ? await load(b) : null;
        let changed = 0;
        let dateYellow = 0;
        const d = shot.data;
        for (let i = 0; i < d.length; i += 4) {
          const r = d[i] ?? 0;
          const g = d[i + 1] ?? 0;
          const bl = d[i + 2] ?? 0;
          if (r > 200 && g > 190 && bl < 150 && r - bl > 80) dateYellow++;
          if (ref) {
            const e = ref.data;
            if (Math.abs(r - (e[i] ?? 0)) + Math.abs(g - (e[i + 1] ?? 0)) + Math.abs(bl - (e[i + 2] ?? 0)) > 12)
              changed++;
          }
        }
        return { changed, dateYellow };
      },
      [png.toString('base64'), reference?.toString('base64') ?? null] as const,
    );
  } finally {
    await page.close();
  }
}

/** The colours of a screenshot, most frequent first, with their share of the pixels. */
export async function colourShares(
  context: BrowserContext,
  png: Buffer,
): Promise<{ rgb: [number, number, number]; share: number }[]> {
  const page = await context.newPage();
  try {
    return await page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < d.length; i += 4) {
        const key = ((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const total = d.length / 4;
      return [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => ({
          rgb: [(k >> 16) & 255, (k >> 8) & 255, k & 255] as [number, number, number],
          share: n / total,
        }));
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}
