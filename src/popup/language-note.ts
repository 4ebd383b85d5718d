/**
 * What the card says about the article's language (its words are in strings.ts): the
 * language and how Lede decided it (header), and what Lede cannot read in it yet ("Names are
 * not available for Polski yet"). The language is named in its own tongue there, where a
 * reader of it looks for it.
 */
import type { LanguageAnalysis, LanguageMethod } from '../core/types';
import { primaryLanguage } from '../core/language/languages';
import { languageName } from './format';
import { CARD_STRINGS as S } from './strings';

/** How the language was decided, in the reader's words (read when shown: the catalogue may change). */
const HOW: Record<LanguageMethod, () => string> = {
  declared: () => S.languageDeclared,
  'declared-confirmed': () => S.languageConfirmed,
  detected: () => S.languageDetected,
  'detected-over-declared': () => S.languageOverruled,
  unknown: () => S.languageUnknown,
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
    return name ? { label: name, title: S.languageTitle(name, S.languageDeclared), lang: declared ?? undefined } : null;
  }
  if (language.code === 'und') return null;
  // The page's own tag names the variety when it is the language read ("American English").
  const variety = declared && primaryLanguage(declared) === language.code ? languageName(declared) : null;
  const name = variety ?? languageName(language.code) ?? language.name;
  const detected = language.method === 'detected' || language.method === 'detected-over-declared';
  return {
    label: detected ? S.languageDetectedMark(name) : name,
    title: S.languageTitle(name, HOW[language.method]()),
    lang: language.code,
  };
}

/** What the card says instead of names when Lede has no model for the language; null when it has. */
export function namesUnavailable(language: LanguageAnalysis | undefined): string | null {
  if (!language || language.names) return null;
  if (language.code === 'und') return S.languageNotTold;
  return S.namesNotAvailable(language.name);
}

/** What the card says when Lede reads no dates in the language; null when it does. */
export function datesUnavailable(language: LanguageAnalysis | undefined): string | null {
  if (!language || language.dates || language.code === 'und') return null;
  return S.datesNotAvailable(language.name);
}
