/**
 * The card's words about the article's language, in one place: the language and how Lede
 * decided it (header), and what Lede cannot read in it yet ("Names are not available for
 * Polski yet"). The language is named in its own tongue where a reader of it looks for it.
 */
import type { LanguageAnalysis, LanguageMethod } from '../core/types';
import { languageName } from './format';

const HOW: Record<LanguageMethod, string> = {
  declared: 'as the page declares',
  'declared-confirmed': 'as the page declares and its text shows',
  detected: 'read from the text (the page declares none)',
  'detected-over-declared': 'read from the text (the page declares another)',
  unknown: 'not identified',
};

/** The header's language: its name, and a title saying how it was decided. */
export function languageFact(
  language: LanguageAnalysis | undefined,
  declared: string | null,
): {
  label: string;
  title: string;
  lang: string | undefined;
} | null {
  if (!language) {
    const name = declared ? languageName(declared) : null;
    return name ? { label: name, title: 'as the page declares', lang: declared ?? undefined } : null;
  }
  if (language.code === 'und') return null;
  const name = languageName(language.code) ?? language.name;
  const detectedNote =
    language.method === 'detected' || language.method === 'detected-over-declared' ? ' (detected)' : '';
  return { label: `${name}${detectedNote}`, title: `Language: ${name}, ${HOW[language.method]}`, lang: language.code };
}

/** What the card says instead of names when Lede has no model for the language; null when it has. */
export function namesUnavailable(language: LanguageAnalysis | undefined): string | null {
  if (!language || language.names) return null;
  if (language.code === 'und') return 'Names are not shown: Lede could not tell the language of this page.';
  return `Names are not available for ${language.name} yet.`;
}

/** What the card says when Lede reads no dates in the language; null when it does. */
export function datesUnavailable(language: LanguageAnalysis | undefined): string | null {
  if (!language || language.dates || language.code === 'und') return null;
  return `Dates are not available for ${language.name} yet (years only).`;
}
