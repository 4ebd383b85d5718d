/**
 * A four-digit number that counts something is no year: "more than 2000 since the fighting
 * resumed", "about 1800 in March", "más de 2000 desde la reanudación", "rund 1500 Menschen".
 * The year parsers ask here with the text just before the number and just after it.
 */

/** How much text before a number the quantity words are looked for in (characters). */
export const COUNT_LOOKBACK = 32;

/** Words of quantity that end the text before a count, per language ("more than ", "unos "). */
const QUANTITY_BEFORE: Record<string, RegExp> = {
  en: /(?:^|[^\p{L}])(?:(?:more|less|fewer)\s+than|at\s+least|nearly|almost|roughly|approximately|an\s+estimated|some|over|up\s+to)\s{1,3}$/iu,
  es: /(?:^|[^\p{L}])(?:más\s+de|menos\s+de|unos|unas|cerca\s+de|casi|alrededor\s+de|aproximadamente|al\s+menos|por\s+lo\s+menos)\s{1,3}$/iu,
  de: /(?:^|[^\p{L}])(?:mehr\s+als|weniger\s+als|rund|etwa|fast|knapp|über|mindestens|gut|circa|ca\.)\s{1,3}$/iu,
  fr: /(?:^|[^\p{L}])(?:plus\s+de|moins\s+de|près\s+de|environ|quelque|presque|au\s+moins)\s{1,3}$/iu,
  nl: /(?:^|[^\p{L}])(?:meer\s+dan|minder\s+dan|ruim|ongeveer|bijna|zo['’]n|circa|minstens)\s{1,3}$/iu,
  pl: /(?:^|[^\p{L}])(?:ponad|około|prawie|blisko|niemal|co\s+najmniej)\s{1,3}$/iu,
  it: /(?:^|[^\p{L}])(?:più\s+di|meno\s+di|circa|quasi|oltre|almeno)\s{1,3}$/iu,
  pt: /(?:^|[^\p{L}])(?:mais\s+de|menos\s+de|cerca\s+de|quase|pelo\s+menos)\s{1,3}$/iu,
};

/** An amount just before a comparison's words ("20% more than", "20 percent more than"). */
const AMOUNT_BEFORE =
  /[\d%]\s{0,2}(?:percent|per\s+cent|prozent|por\s+ciento|pour\s+cent|procent|per\s+cento|por\s+cento)?\s{0,2}$/iu;

/**
 * "about 1800", "around 2000": a count after a word that is not a preposition ("killed about
 * 1800"), a time after one or at a clause's start ("in about 1800", "Around 2000, he moved").
 */
const ABOUT_BEFORE = /(\p{L}{1,20})\s{1,3}(?:about|around)\s{1,3}$/iu;
const TIME_PREPOSITIONS = new Set(['in', 'since', 'from', 'by', 'until', 'till', 'before', 'after', 'to', 'circa']);

/** Plural nouns of people and things counted, after a number, per language (English's are in the English parser). */
const COUNTED_AFTER: Record<string, RegExp> = {
  es: /^\s(?:personas|muertos|muertes|heridos|miembros|soldados|trabajadores|empleados|vidas|casos|votos|habitantes|euros|dólares|pesos|kilómetros|metros)(?!\p{L})/iu,
  de: /^\s(?:Menschen|Personen|Tote|Toten|Mitglieder|Soldaten|Mitarbeiter|Beschäftigte|Fälle|Stimmen|Einwohner|Euro|Dollar|Kilometer|Meter)(?!\p{L})/iu,
  fr: /^\s(?:personnes|morts|blessés|membres|soldats|salariés|employés|cas|voix|habitants|euros|dollars|kilomètres|mètres)(?!\p{L})/iu,
  nl: /^\s(?:mensen|personen|doden|gewonden|leden|soldaten|werknemers|gevallen|stemmen|inwoners|euro|dollar|kilometer|meter)(?!\p{L})/iu,
  pl: /^\s(?:osób|osoby|ludzi|zabitych|rannych|członków|żołnierzy|pracowników|przypadków|głosów|mieszkańców|euro|dolarów|złotych|kilometrów|metrów)(?!\p{L})/iu,
  it: /^\s(?:persone|morti|feriti|membri|soldati|lavoratori|dipendenti|casi|voti|abitanti|euro|dollari|chilometri|metri)(?!\p{L})/iu,
  pt: /^\s(?:pessoas|mortos|mortes|feridos|membros|soldados|trabalhadores|funcionários|casos|votos|habitantes|euros|dólares|reais|quilômetros|metros)(?!\p{L})/iu,
};

/**
 * Whether the number between `before` (the text up to it, at least COUNT_LOOKBACK characters
 * of it when there are) and `after` (the text after it) counts something in `lang`.
 */
export function isCount(lang: string, before: string, after: string): boolean {
  const quantity = QUANTITY_BEFORE[lang]?.exec(before);
  // "20% more than 2019", "2015% mehr als 2019": a comparison with the year.
  if (quantity && !AMOUNT_BEFORE.test(before.slice(0, quantity.index + 1))) return true;
  if (COUNTED_AFTER[lang]?.test(after)) return true;
  if (lang !== 'en') return false;
  const about = ABOUT_BEFORE.exec(before);
  return about !== null && !TIME_PREPOSITIONS.has((about[1] ?? '').toLowerCase());
}
