/**
 * The people the header credits for the pictures ("Story by Ellis Grant · Photography by Mina
 * Cho", "By Nora Bell | Photos by Ivan Petrov"). The byline shown drops such a credit, but
 * JSON-LD and author tags often list the photographer as a second author: a name the page
 * credits for its pictures is no author there either.
 */

/**
 * A credit for the pictures and the name after it (capitalised words), in English, Spanish,
 * German, Portuguese, Italian, French or Dutch ("Fotos: Diego Fuentes", "Fotos von …",
 * "Fotografia de …", "Foto di …", "Photos : …", "Foto's: …"). Not "Words and photos by …",
 * "Texto y fotos: …", "Texto e fotografia de …", which credit one person for both.
 */
const PICTURES_CREDIT =
  /(?<!(?:and|&|y|e|et|en|und) )(?<![\p{L}])(?:[Pp]hoto(?:graph)?s?|[Pp]hotography|[Pp]ictures?|[Ii]mages?|[Ii]llustrations?|[Vv]ideo|[Gg]raphics|PHOTOS?|PHOTOGRAPHY|[Ff]otos?|[Ff]oto's|[Ff]otograf(?:ías?|ias?|ien?)|[Bb]ilder)(?: by| por| de| di| par| door| von| ?:)\s?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})/gu;

const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** The names (folded) that `texts` (the short texts after the headline) credit for the pictures. */
export function pictureCredits(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  // Texts joined by a line break, which a name does not cross ("Mina Cho" then "September 29").
  for (const m of texts.join('\n').matchAll(PICTURES_CREDIT)) if (m[1]) out.add(squash(m[1]));
  return out;
}

/**
 * A candidate's names without those credited for the pictures, when it names others too (a
 * candidate that names only such a person is left alone: "Photo: Reuters" under a story that
 * Reuters wrote).
 */
export function withoutPictureCredits(names: readonly string[], pictured: ReadonlySet<string>): readonly string[] {
  if (pictured.size === 0) return names;
  const kept = names.filter((n) => !pictured.has(squash(n)));
  return kept.length ? kept : names;
}
