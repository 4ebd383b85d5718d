/** Loads a fixture page (or HTML) into a jsdom Document, as the command line does. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle } from '../../src/article/extract';
import { loadDocument } from '../../src/cli/main';

export const fixture = (name: string): string => readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
export const demo = (): string => readFileSync(resolve('demo/article.html'), 'utf8');
export const load = (html: string, url = 'https://news.example/story'): Document => loadDocument(html, url);

/** The header tests' story: its address, and the day Lede reads it. */
export const HEADER_URL = 'https://harbour.example/news/port-plan';
const HEADER_NOW = new Date('2025-06-01T12:00:00Z');
/** The header Lede reads on a page (HTML), as the header tests' story. */
export const headerOf = (html: string, url = HEADER_URL) =>
  extractArticle(load(html, url), { url, now: HEADER_NOW }).article.meta;
/** The header Lede reads on a page of tests/fixtures/pages/header/. */
export const headerOfFixture = (file: string, url = HEADER_URL) => headerOf(fixture(`header/${file}`), url);

/** The header tests' story: three paragraphs about a port plan, for pages written around it. */
export const HEADER_STORY =
  '<p>The harbour authority approved a plan on Monday to deepen the main shipping channel, a project that engineers say will let the largest container ships call at the port for the first time in its history.</p>' +
  '<p>Work is due to begin in the spring and will take about three years. The authority expects the project to cost 1.2 billion, most of it paid for by the European Union.</p>' +
  '<p>Environmental groups warned that dredging could harm fish stocks in the bay. The regional environment office said it would publish its assessment before the end of the year.</p>';

/** A page of the header tests' story: the Harbour Post's head, the headline, then `header` (markup) and the story. */
export const storyPage = (header: string): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  '<meta property="og:site_name" content="Harbour Post"></head><body><main><article>' +
  `<h1>Port plan approved by the council</h1>${header}<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;
