/** Loads a fixture page (or HTML) into a jsdom Document, as the command line does. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDocument } from '../../src/cli/main';

export const fixture = (name: string): string => readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
export const demo = (): string => readFileSync(resolve('demo/article.html'), 'utf8');
export const load = (html: string, url = 'https://news.example/story'): Document => loadDocument(html, url);
