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
