/**
 * What a byline writes around a name that is no part of it: a role before or after it
 * ("Senior Reporter Ana Lima", "Ana Lima Culture Editor"), the outlet the author wrote for
 * ("Ana Lima for The Harbour News", "Meg Wagner New York Daily News" on that paper's site),
 * a time stamp ("Ana Lima Updated 3 hours ago"), stray quotes and stops. Each function takes
 * one part of a byline (one name's worth, white space collapsed) and returns the name, or
 * the part unchanged when it cannot tell.
 */

/** Nouns of a newsroom role. */
const ROLES = new Set([
  'writer',
  'reporter',
  'correspondent',
  'editor',
  'columnist',
  'contributor',
  'critic',
  'journalist',
  'producer',
  // Dutch, French, Italian, Portuguese, Spanish and German ("Door onze correspondent …", "de
  // notre envoyée spéciale …", "dal nostro inviato …", "von unserem Korrespondenten …").
  'verslaggever',
  'verslaggeefster',
  'redacteur',
  'redactrice',
  'correspondant',
  'correspondante',
  'envoyé',
  'envoyée',
  'inviato',
  'inviata',
  'corrispondente',
  'correspondente',
  'corresponsal',
  'enviado',
  'enviada',
  'korrespondent',
  'korrespondentin',
  'korrespondenten',
  'redakteur',
  'redakteurin',
]);

/**
 * Words before a role that say whose it is ("our correspondent", "onze verslaggever", "notre
 * envoyée", "dal nostro inviato", "von unserem Korrespondenten"), with the preposition some
 * languages put first.
 */
const POSSESSIVES = new Set(
  (
    'our from onze van ons notre nos de du nostro nostra dal dalla della nosso nossa do da nuestro nuestra ' +
    'unser unserem unserer unseren von vom'
  ).split(' '),
);
/** Words after a role's noun that qualify it ("envoyée spéciale", "inviato speciale", "enviado especial"). */
const AFTER_ROLE = new Set('spécial spéciale speciale especial permanent permanente'.split(' '));

/** Words that qualify a role: rank, and the desk ("Senior Culture Writer", "Deputy Politics Editor"). */
const QUALIFIERS = new Set(
  (
    'senior staff contributing chief special political foreign deputy associate assistant managing executive ' +
    'national international investigative culture cultural business politics sports sport science health ' +
    'technology tech food travel fashion music film arts features news metro city crime courts education ' +
    'environment environmental climate entertainment opinion data digital legal economics economic finance ' +
    'financial markets energy world local breaking general weekend books style lifestyle media games gaming ' +
    'wine property motoring autos consumer diplomatic defence defense security royal social'
  ).split(' '),
);

/** Words of a role read at most before the name. */
const MAX_ROLE_WORDS = 4;

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
/** Lower-case words inside a name ("Pieter de Boer", "Sanne van der Linden", "Ana da Silva"). */
const NAME_PARTICLES = new Set(
  'de da das do dos du del della der den di la le van von ter ten zu bin ibn al el'.split(' '),
);
/** A name of two to four capitalised words (and the particles between them, up to five words). */
const isShortName = (words: readonly string[]): boolean =>
  words.length >= 2 &&
  words.length <= 5 &&
  capitalised(words[0] ?? '') &&
  capitalised(words[words.length - 1] ?? '') &&
  words.filter(capitalised).length <= 4 &&
  words.every((w) => capitalised(w) || NAME_PARTICLES.has(w));

/**
 * "Ana Lima Staff Writer", "Ana Lima Culture Editor" -> "Ana Lima": the role run on after the
 * name goes, also in the plural that ends a list ("Ana Lima and Tom Ortega Staff Writers").
 * With the words of the site's name (lower case, `siteWords`), the paper's short name before
 * the role goes too ("Ana Lima Times Staff Writer" on the Los Angeles Times, "Ana Lima Globe
 * Staff" on The Boston Globe), when a name of two words or more is left.
 */
export function withoutRole(part: string, siteWords: ReadonlySet<string> = NO_WORDS): string {
  const words = part.split(' ');
  const role = words[words.length - 1]?.toLowerCase() ?? '';
  const siteWord = (k: number): boolean => capitalised(words[k] ?? '') && siteWords.has(words[k]?.toLowerCase() ?? '');
  // "Globe Staff": the paper's staff, a label of its own.
  const staff = role === 'staff' && words.length > 2 && siteWord(words.length - 2);
  if (!staff && !ROLES.has(role) && !ROLES.has(role.replace(/s$/u, ''))) return part;
  let end = words.length - 1;
  while (end > 0 && words.length - end < MAX_ROLE_WORDS && QUALIFIERS.has(words[end - 1]?.toLowerCase() ?? '')) end--;
  let site = end;
  while (site > 0 && end - site < MAX_SITE_WORDS && siteWord(site - 1)) site--;
  if (site < end && isShortName(words.slice(0, site))) return words.slice(0, site).join(' ');
  const name = words.slice(0, end);
  return isShortName(name) && !staff ? name.join(' ') : part;
}

const NO_WORDS: ReadonlySet<string> = new Set();
/** Words of the site's name read before a role, at most ("Daily News Staff Writer"). */
const MAX_SITE_WORDS = 2;

/**
 * "Senior Reporter Ana Lima", "Culture Writer Andrew Husband", "Harbour Post reporter Ana
 * Lima" -> the name: the role written before it goes (with the desk or the outlet before the
 * role's noun).
 */
export function withoutLeadingRole(part: string): string {
  const words = part.split(' ');
  let i = 0;
  // "onze correspondent", "van onze verslaggever", "de notre envoyée spéciale": whose role it is.
  while (i < 2 && POSSESSIVES.has(words[i]?.toLowerCase() ?? '')) i++;
  if (i > 0 && !ROLES.has(words[i]?.toLowerCase() ?? '') && !QUALIFIERS.has(words[i]?.toLowerCase() ?? '')) i = 0;
  while (i < MAX_ROLE_WORDS - 1 && QUALIFIERS.has(words[i]?.toLowerCase() ?? '')) i++;
  if (!ROLES.has(words[i]?.toLowerCase() ?? '')) {
    // "Harbour Post reporter Ana Lima": an outlet's capitalised words, then the role's noun.
    i = words.findIndex((w, k) => k >= 1 && k <= MAX_ROLE_WORDS && ROLES.has(w.toLowerCase()));
    if (i < 0 || !words.slice(0, i).every((w) => capitalised(w) || QUALIFIERS.has(w.toLowerCase()))) return part;
  }
  let from = i + 1;
  while (from < words.length - 2 && AFTER_ROLE.has(words[from]?.toLowerCase() ?? '')) from++;
  const name = words.slice(from);
  return isShortName(name) ? name.join(' ') : part;
}

/**
 * "Ana Lima USA TODAY" -> "Ana Lima": a name written in capitals and small letters, then an
 * outlet in capitals: two words or more, or one `isOutlet` knows ("CNN"); not a surname in
 * capitals ("Marie Claire DUPONT", "Ana DE LA CRUZ") nor a suffix ("John Smith III").
 */
export function withoutShoutedOutlet(part: string, isOutlet: (tail: string) => boolean): string {
  const words = part.split(' ');
  let end = words.length;
  while (end > 0 && SHOUTED_WORD.test(words[end - 1] ?? '') && !SUFFIX.test(words[end - 1] ?? '')) end--;
  if (end === words.length || end < 2 || end > 4) return part;
  const tail = words.slice(end);
  if (tail.some((w) => SHOUTED_PARTICLE.test(w)) || (tail.length < 2 && !isOutlet(tail.join(' ')))) return part;
  const name = words.slice(0, end);
  return name.every((w) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w)) ? name.join(' ') : part;
}

/** Particles of a surname written in capitals ("DE LA CRUZ", "VAN DER BERG"). */
const SHOUTED_PARTICLE = /^(?:DE|DA|DAS|DO|DOS|DU|DEL|DELLA|DER|DEN|DI|LA|LE|VAN|VON|TER|TEN|BIN|IBN|AL|EL)$/u;

/** A word in capitals of an outlet's name ("USA", "TODAY", "KOMO", "AP"). */
const SHOUTED_WORD = /^\p{Lu}[\p{Lu}&.'’-]+$/u;
/** A name's suffix in capitals. */
const SUFFIX = /^(?:II|III|IV|JR|SR)\.?$/u;

/**
 * "Ana Lima for The Harbour News", "Ana Lima of the Harbour Post", "Ana Lima of Reuters" ->
 * "Ana Lima": a name of two to four capitalised words, then "for" and more, or "of" and an
 * outlet's capitalised name (or "the" and one).
 */
export function withoutOutlet(part: string): string {
  const words = part.split(' ');
  const at = words.findIndex(
    (w, i) =>
      i >= 2 &&
      i <= 4 &&
      (w.toLowerCase() === 'for' || (w === 'of' && OUTLET_START.test(`${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`))),
  );
  if (at < 0 || at === words.length - 1) return part;
  const name = words.slice(0, at);
  return name.every(capitalised) ? name.join(' ') : part;
}

/** The start of an outlet's name after "of": a capitalised word, or "the" and one. */
const OUTLET_START = /^(?:[Tt]he )?\p{Lu}/u;

/**
 * "Ana Lima Special To The Harbour Post" -> "Ana Lima": a name, then "special to" an outlet
 * (with or without "By" before it: the words say it is a credit).
 */
export function withoutSpecialTo(part: string): string {
  const words = part.split(' ');
  const at = words.findIndex(
    (w, i) => i >= 2 && i <= 4 && w.toLowerCase() === 'special' && words[i + 1]?.toLowerCase() === 'to',
  );
  if (at < 0 || at + 2 >= words.length) return part;
  const name = words.slice(0, at);
  return name.every(capitalised) ? name.join(' ') : part;
}

/**
 * "ANA LIMA Associated Press" -> "ANA LIMA": a name in capitals run on into an outlet written
 * as a name is (`isOutlet` says which), as agencies' credits are pasted.
 */
export function withoutTitleCaseOutlet(part: string, isOutlet: (tail: string) => boolean): string {
  const words = part.split(' ');
  let end = 0;
  while (end < words.length && end < MAX_CAPS_NAME_WORDS && SHOUTED.test(words[end] ?? '')) end++;
  if (end < 2 || end === words.length || !/^\p{Lu}\p{Ll}/u.test(words[end] ?? '')) return part;
  return isOutlet(words.slice(end).join(' ')) ? words.slice(0, end).join(' ') : part;
}

/** A word in capitals (two letters or more). */
const SHOUTED = /^\p{Lu}[\p{Lu}'’.-]+$/u;
/** Words of a name in capitals read before an outlet. */
const MAX_CAPS_NAME_WORDS = 4;

/**
 * "Meg Wagner New York Daily News" on the New York Daily News' site -> "Meg Wagner": the
 * site's name (`outlet`, folded to lower case, without its "the") run on after a name.
 */
export function withoutSite(part: string, outlet: string | null | undefined): string {
  if (!outlet) return part;
  const folded = part.normalize('NFKC').toLowerCase();
  // "Ana Lima Harbour Post Staff": the outlet's staff, after the name.
  for (const tail of [` ${outlet}`, ` the ${outlet}`, ` ${outlet} staff`, ` the ${outlet} staff`]) {
    if (!folded.endsWith(tail)) continue;
    const name = part.slice(0, part.length - tail.length).trim();
    if (isShortName(name.split(' '))) return name;
  }
  return part;
}

/** A time stamp's word after a name ("Ana Lima Updated 3 hours ago"): the name ends before it. */
const STAMP_AFTER = /(?<=\p{L})\s(?:last updated|updated|published|posted|modified)\b/iu;
const SHORT_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2}$/u;

/** Only a name of two or three words is cut from its stamp ("Elliot Brownstein Florida Today Published …" is not). */
export function withoutStamp(text: string): string {
  const m = STAMP_AFTER.exec(text);
  const head = m ? text.slice(0, m.index) : null;
  return head && SHORT_NAME.test(head) ? head : text;
}

/**
 * Quotes, brackets and stops left at a part's ends go ("“Ana Lima”", "Ana Lima)"); a closing
 * bracket whose opening one is in the name stays ("史蒂文的家_藍天 (stevenhgm)").
 */
export function withoutStrayEnds(part: string): string {
  const head = part.replace(/^[\s"'“”‘’([{:]+/u, '');
  const cut = head.replace(/(?<![\s"'“”‘’)\]}.:,])[\s"'“”‘’)\]}.:,]+$/u, '');
  const opened = cut.split('(').length - cut.split(')').length;
  const closing = opened > 0 && head.slice(cut.length).startsWith(')') ? ')' : '';
  return `${cut}${closing}`.trim();
}
