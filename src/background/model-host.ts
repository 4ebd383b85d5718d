/**
 * The entity model and the readings it does. Analysis runs in the service worker, off the
 * page's main thread: the content script sends the article's text and paints the result.
 * The model is loaded once per service-worker lifetime (and read once, briefly, to warm it
 * up); each tab (and frame) has at most one reading under way, which a newer one from the
 * same place, the tab's navigation or its closing supersede.
 */
import { analyse, analyseCancellable } from '../core/analyse';
import { NerModel } from '../core/entities/model/model';
import { ModelRecogniser } from '../core/entities/model-recogniser';
import type { Analysis, ArticleText } from '../core/types';

/** A short text the new model reads once, so the code a first reading runs is compiled. */
const WARM_UP: ArticleText = {
  meta: {
    url: null,
    title: null,
    byline: [],
    publishedTime: null,
    modifiedTime: null,
    siteName: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    sources: {},
  },
  blocks: [
    {
      id: 0,
      kind: 'paragraph',
      text:
        'Maria Keller, the chief executive of Northwind Shipping Ltd, said on Monday that the company ' +
        'would open an office in Porto. "We are ready," Keller told reporters in Lisbon, where the ' +
        'European Union and Portugal signed the agreement. Mr. Okafor of the Lagos Port Authority agreed.',
    },
  ],
  isArticle: true,
  reason: 'warm-up',
};

/**
 * A fresh service worker's first reading runs cold code (about 50 ms more for the opening of
 * a long article); reading a short text as soon as the model is loaded, while the page is
 * still extracting its article, moves that cost off the reader's wait.
 */
function warmUp(model: ModelRecogniser): void {
  for (let i = 0; i < 3; i++) analyse(WARM_UP, { now: new Date(0), recogniser: model, namesOnly: true });
}

const superseded = (): Error => new Error('Lede: the reading was superseded');

export class ModelHost {
  private recogniser: Promise<ModelRecogniser> | undefined;
  /**
   * The reading under way in each tab and frame ("tab:frame"). A superseded analysis stops
   * at its next stage instead of holding this thread, which every tab shares.
   */
  private readonly readings = new Map<string, AbortController>();

  /** `fetchModel` gives the model file's bytes (the extension's own `models/ner.bin`). */
  constructor(private readonly fetchModel: () => Promise<ArrayBuffer>) {}

  /** The model, loading it the first time (and again after a failed load). */
  load(): Promise<ModelRecogniser> {
    this.recogniser ??= this.fetchModel().then((bytes) => {
      const model = ModelRecogniser.fromModel(NerModel.fromBytes(new Uint8Array(bytes)));
      warmUp(model);
      return model;
    });
    this.recogniser.catch(() => (this.recogniser = undefined));
    return this.recogniser;
  }

  /**
   * A fresh service worker must load the model before its first analysis. Whenever the reader
   * asks for Lede (popup, shortcut, menu), the load starts at once and runs while the content
   * script is injected and the page extracts its article.
   */
  preload(): void {
    void this.load().catch(() => undefined);
  }

  /** Reads an article for a tab's frame, superseding the reading that frame had under way. */
  async analyse(article: ArticleText, namesOnly: boolean, tabId: number, frameId = 0): Promise<Analysis> {
    const key = `${tabId}:${frameId}`;
    this.readings.get(key)?.abort(superseded());
    const controller = new AbortController();
    this.readings.set(key, controller);
    try {
      return await analyseCancellable(article, {
        now: new Date(),
        recogniser: await this.load(),
        namesOnly,
        signal: controller.signal,
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      });
    } finally {
      if (this.readings.get(key) === controller) this.readings.delete(key);
    }
  }

  /** Stops every reading of a tab (it navigated or closed). */
  cancelTab(tabId: number): void {
    for (const [key, controller] of this.readings) {
      if (key.startsWith(`${tabId}:`)) {
        controller.abort(superseded());
        this.readings.delete(key);
      }
    }
  }
}
