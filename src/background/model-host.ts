/**
 * The entity models and the readings they do. Analysis runs in the service worker, off the
 * page's main thread: the content script sends the article's text and paints the result.
 * The article's language is identified first; the model for it (English, Spanish, Dutch) is
 * loaded the first time a page in that language needs it, once per service-worker lifetime
 * (and read once, briefly, to warm it up), and a language without a model is read with none
 * (no names). Each tab (and frame) has at most one reading under way, which a newer one from
 * the same place, the tab's navigation or its closing supersede.
 */
import { analyse, analyseCancellable } from '../core/analyse';
import { identifyLanguage } from '../core/language/identify';
import { hasNameModel, type NameLanguage } from '../core/language/languages';
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
  const language = {
    code: model.lang,
    method: 'declared',
    declared: model.lang,
    detected: null,
    detector: null,
  } as const;
  for (let i = 0; i < 3; i++) analyse(WARM_UP, { now: new Date(0), recogniser: model, namesOnly: true, language });
}

const superseded = (): Error => new Error('Lede: the reading was superseded');

export class ModelHost {
  private readonly recognisers = new Map<NameLanguage, Promise<ModelRecogniser>>();
  /**
   * The reading under way in each tab and frame ("tab:frame"). A superseded analysis stops
   * at its next stage instead of holding this thread, which every tab shares.
   */
  private readonly readings = new Map<string, AbortController>();

  /**
   * `fetchModel` gives a language's model file's bytes (the extension's own
   * `models/ner.bin`, `models/ner-es.bin`...).
   */
  constructor(private readonly fetchModel: (lang: NameLanguage) => Promise<ArrayBuffer>) {}

  /** A language's model (English by default), loading it the first time (and again after a failed load). */
  load(lang: NameLanguage = 'en'): Promise<ModelRecogniser> {
    let loading = this.recognisers.get(lang);
    if (!loading) {
      loading = this.fetchModel(lang).then((bytes) => {
        const model = ModelRecogniser.fromModel(NerModel.fromBytes(new Uint8Array(bytes)));
        warmUp(model);
        return model;
      });
      loading.catch(() => this.recognisers.delete(lang));
      this.recognisers.set(lang, loading);
    }
    return loading;
  }

  /** The languages whose models are loaded or loading. */
  loaded(): NameLanguage[] {
    return [...this.recognisers.keys()];
  }

  /**
   * A fresh service worker must load the model before its first analysis. Whenever the reader
   * asks for Lede (popup, shortcut, menu), the English model's load starts at once and runs
   * while the content script is injected and the page extracts its article (another
   * language's model loads when its first page arrives).
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
      const language = identifyLanguage(article, article.languageHint);
      // The models of the article's language and of any block in another language.
      const codes = new Set([language.code, ...(language.otherBlocks ?? []).map((b) => b.lang)]);
      const models = new Map<string, ModelRecogniser>();
      for (const code of codes) if (hasNameModel(code)) models.set(code, await this.load(code));
      return await analyseCancellable(article, {
        now: new Date(),
        recogniser: models.get(language.code) ?? null,
        recogniserFor: (code) => models.get(code) ?? null,
        language,
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
