/**
 * Chrome's own reading of the article's language (`chrome.i18n.detectLanguage`, the browser's
 * CLD), sent with the article so that the analysis checks the page's declaration against it
 * (language/identify.ts). Where the API is missing or unsure, the article goes without one
 * and the analysis reads the text with its own detector.
 */
import type { ArticleText, LanguageReading } from '../core/types';

/** Characters of the article Chrome reads: the opening tells the language. */
const SAMPLE_CHARS = 3000;

const readings = new WeakMap<ArticleText, Promise<LanguageReading | null>>();

async function detect(text: string): Promise<LanguageReading | null> {
  const i18n = globalThis.chrome?.i18n;
  if (!i18n?.detectLanguage || !text.trim()) return null;
  try {
    const result = await i18n.detectLanguage(text);
    const best = [...(result.languages ?? [])].sort((a, b) => b.percentage - a.percentage)[0];
    if (!result.isReliable || !best || best.language === 'und') return null;
    return { lang: best.language, confidence: Math.min(1, best.percentage / 100), detector: 'chrome' };
  } catch {
    return null;
  }
}

/** The article with Chrome's reading of its language, when Chrome gives a sure one. */
export async function withLanguageHint(article: ArticleText): Promise<ArticleText> {
  let reading = readings.get(article);
  if (!reading) {
    const sample = [article.meta.title ?? '', ...article.blocks.map((b) => b.text)].join('\n').slice(0, SAMPLE_CHARS);
    reading = detect(sample);
    readings.set(article, reading);
  }
  const hint = await reading;
  return hint ? { ...article, languageHint: hint } : article;
}
