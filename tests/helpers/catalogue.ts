/**
 * A `_locales` catalogue read from disk, answering as `i18n.getMessage` does: named
 * placeholders ($ORIGIN$) take their content, whose $1…$9 are the substitutions; "$$" is "$".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalogue } from '../../src/shared/i18n';

export const LOCALES = ['en', 'es', 'nl', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function readMessages(lang: Locale): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(resolve('_locales', lang, 'messages.json'), 'utf8')) as Record<string, MessageEntry>;
}

const fill = (text: string, subs: string[]): string =>
  text.replace(/\$(\d)/gu, (_, d: string) => subs[Number(d) - 1] ?? '');

export function format(entry: MessageEntry | undefined, subs: string[]): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/gu, (whole, name: string) => {
    const ph = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return ph ? fill(ph[1].content, subs) : whole;
  });
  return named.replaceAll('$$', '$');
}

export function catalogue(lang: Locale): Catalogue {
  const messages = readMessages(lang);
  return { message: (key, subs) => format(messages[key], subs), language: lang };
}
