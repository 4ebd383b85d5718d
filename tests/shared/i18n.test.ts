import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatNumber, t, uiLanguage, useCatalogue } from '../../src/shared/i18n';
import { HOVER_STRINGS } from '../../src/content/card-strings';
import { catalogue, format, LOCALES, readMessages } from '../helpers/catalogue';

afterEach(() => useCatalogue(catalogue('en')));

const en = readMessages('en');
const placeholdersOf = (m: { message: string }): string[] =>
  [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/gu)].map((x) => (x[1] ?? '').toLowerCase()).sort();

describe('the catalogues in _locales', () => {
  test.each(LOCALES.filter((l) => l !== 'en'))('%s has every English message, with the same placeholders', (lang) => {
    const other = readMessages(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const theirs = other[key];
      expect(theirs?.message.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholdersOf(theirs ?? { message: '' }), `${lang} ${key}`).toEqual(placeholdersOf(entry));
    }
    // A translation, not a copy: most messages differ from the English.
    const same = Object.keys(en).filter((k) => other[k]?.message === en[k]?.message);
    expect(same.length / Object.keys(en).length).toBeLessThan(0.2);
  });

  test('every English message tells translators what it is; names follow the browsers’ rules', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/u);
      expect(entry.description, key).toBeTruthy();
    }
  });

  test('the manifest takes its strings from the catalogues, within the stores’ limits', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    const keys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/gu)].map((m) => m[1] ?? '');
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandToggle']));
    for (const lang of LOCALES) {
      const messages = readMessages(lang);
      for (const key of keys) expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
      expect((messages['extDescription']?.message ?? '').length).toBeLessThanOrEqual(132);
      expect((messages['extName']?.message ?? '').length).toBeLessThanOrEqual(45);
    }
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });

  test('every message is used (by name in the code, or by the manifest)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const code = files('src')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const manifest = readFileSync('manifest.json', 'utf8');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  test('every key the code asks for exists (t is typed by the English catalogue; this checks dynamic keys too)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const used = files('src')
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([A-Za-z0-9_@]+)'/gu)].map((m) => m[1] ?? ''));
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) expect(en[key], key).toBeDefined();
  });
});

describe('t, and numbers in the reader’s language', () => {
  test('placeholders take their substitutions; a missing message shows its key', () => {
    expect(
      format({ message: 'Stop $ORIGIN$ now $$', placeholders: { origin: { content: '$1' } } }, ['a.example']),
    ).toBe('Stop a.example now $');
    expect(t('optionsRemoveLabel', 'https://news.example')).toBe('Stop annotating https://news.example automatically');
    useCatalogue({ message: () => '', language: 'en' });
    expect(t('optionsTitle')).toBe('optionsTitle');
  });

  test.each([
    ['es', 'Opciones de Lede', '1234,5', 'es'],
    ['de', 'Lede-Einstellungen', '1.234,5', 'de'],
    ['fr', 'Options de Lede', '1 234,5', 'fr'],
    ['nl', 'Opties van Lede', '1.234,5', 'nl'],
    ['en', 'Lede options', '1,234.5', 'en'],
  ] as const)('%s', (lang, title, number, tag) => {
    useCatalogue(catalogue(lang));
    expect(t('optionsTitle')).toBe(title);
    expect(formatNumber(1234.5).replace(/\s/gu, ' ')).toBe(number);
    expect(uiLanguage()).toBe(tag);
  });

  test('the hover card’s date relations: words for small English numbers, figures elsewhere', () => {
    expect(HOVER_STRINGS.relation(3, 'day', true)).toBe('three days before this article');
    expect(HOVER_STRINGS.relation(1, 'year', false)).toBe('the year after this article');
    expect(HOVER_STRINGS.relation(0, 'day', true)).toBe('the day this article was published');
    useCatalogue(catalogue('es'));
    expect(HOVER_STRINGS.relation(3, 'day', true)).toBe('3 días antes de este artículo');
    expect(HOVER_STRINGS.mentionOf(2, 5)).toBe('Mención 2 de 5');
    useCatalogue(catalogue('de'));
    expect(HOVER_STRINGS.relation(2, 'week', false)).toBe('2 Wochen nach diesem Artikel');
  });

  test('the browser’s underscore tags become BCP 47; nonsense falls back to English', () => {
    useCatalogue({ message: () => 'x', language: 'pt_BR' });
    expect(uiLanguage()).toBe('pt-BR');
    useCatalogue({ message: () => 'x', language: '!!' });
    expect(uiLanguage()).toBe('en');
  });
});
