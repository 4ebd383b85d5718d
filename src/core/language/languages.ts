/**
 * What Lede reads in each language: names where it has a model for the language (English,
 * Spanish, Dutch), dates where chrono or Lede's own parsers read it, and the language's name
 * for the card, in the language itself ("Deutsch", "Polski").
 */
import { DATE_LANGUAGES } from '../dates/locale-chrono';

/** Languages with an entity model (models/ner.bin, models/ner-es.bin, models/ner-nl.bin). */
export const NAME_LANGUAGES = ['en', 'es', 'nl'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export const hasNameModel = (code: string): code is NameLanguage =>
  (NAME_LANGUAGES as readonly string[]).includes(code);

/** Whether Lede reads full dates in the language (years alone are read in most others). */
export const readsDates = (code: string): boolean => DATE_LANGUAGES.has(code);

/** Tags that name no language ("und", "mul", "zxx"). */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/** The primary subtag of a BCP 47 tag, lower-case ("de-AT" -> "de", "pt_BR" -> "pt"); null for none. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/iu.exec((tag ?? '').trim());
  if (!m) return null;
  const code = (m[1] as string).toLowerCase();
  if (NO_LANGUAGE.has(code)) return null;
  // Older and macro tags for the same languages.
  return (
    (
      {
        iw: 'he',
        in: 'id',
        ji: 'yi',
        no: 'nb',
        nob: 'nb',
        deu: 'de',
        spa: 'es',
        nld: 'nl',
        eng: 'en',
        fra: 'fr',
        pol: 'pl',
      } as Record<string, string>
    )[code] ?? code
  );
}

/** The language's own name, capitalised ("Deutsch", "Polski", "español" -> "Español"); the code if unknown. */
export function nativeLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    // An unknown code is shown as it is.
  }
  return code;
}
