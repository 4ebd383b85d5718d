/**
 * Sentences of a language other than English: `Intl.Segmenter` with the article's locale,
 * then the breaks it makes after a word that does not end a sentence joined again: an
 * abbreviation of the language ("Dr.", "Sra.", "z. B.", "dhr."), an initial, and in the
 * languages that write ordinals with a dot ("am 1. Oktober", "1. maja") a number of up to
 * three digits. Offsets are exact; white space between sentences belongs to neither.
 */
/** A sentence: offsets into the text, end exclusive (as `sentences.ts` writes them). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const list = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Lower-case, without the final stop. Words shared by many languages are in COMMON. */
const COMMON = list('dr prof st mr mrs ms nr no vs ca');
const LANGUAGE_ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  de: list(
    'z.b z.t u.a d.h s.o o.ä u.ä usw bzw vgl ggf evtl inkl exkl geb gest hr fr frl str mio mrd jh abs art bd ' +
      'nr tsd bspw sog jan feb febr mär apr jun jul aug sep sept okt nov dez min max mind abt dipl ing',
  ),
  es: list(
    'sr sra srta srs sres dra lic ing ud uds sto sta pág núm avda av excmo excma gral cía ee uu admón dña dª d ' +
      'ene feb mar abr may jun jul ago sep sept oct nov dic aprox',
  ),
  fr: list('m mm mme mmes mlle mlles pr ste av bd env p.ex cf janv févr avr juil sept oct nov déc'),
  nl: list('dhr mevr mw drs ir ing mr bijv o.a d.w.z m.a.w blz jl jhr mgr mln mld jan feb mrt apr aug sept okt dec'),
  it: list(
    'sig sigg sig.ra dott dott.ssa avv ing on sen gen geom rag s.p.a gen feb mar apr mag giu lug ago set ott nov dic',
  ),
  pt: list('sr sra srta dra av eng lda profa jan fev mar abr mai jun jul ago set out nov dez'),
  pl: list(
    'mgr inż ul al pl tys mln mld np tzw godz ok św im gen płk hab tj itd itp wg r w sty lut kwi maj cze lip sie wrz paź lis gru',
  ),
  sv: list('bl.a t.ex dvs osv s.k f.d kl'),
  da: list('bl.a f.eks dvs osv hr fru kl'),
  nb: list('bl.a f.eks dvs osv hr fru kl'),
  cs: list('tj tzv mj atd apod např ing mgr'),
};

/** Languages that write ordinal numbers with a full stop ("1. Oktober"). */
const ORDINAL_DOT = list('de da nb nn no fi pl cs sk hu hr sl sr bs is et lv lt tr');

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = 'und';
    try {
      locale = Intl.getCanonicalLocales(lang)[0] ?? 'und';
    } catch {
      // An invalid tag reads with the root locale's rules.
    }
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Letters, marks, digits or dots before the stop at `dot`, at most this many. */
const MAX_WORD = 12;
const isWordChar = (c: string): boolean => /[\p{L}\p{M}\p{N}.]/u.test(c);

/** Whether the full stop at `dot` ends a sentence in `lang` (not an abbreviation, initial or ordinal). */
function endsSentence(text: string, dot: number, lang: string): boolean {
  let i = dot;
  while (i > 0 && dot - i < MAX_WORD && isWordChar(text[i - 1] as string)) i--;
  if (i > 0 && isWordChar(text[i - 1] as string)) return true;
  const word = text.slice(i, dot).toLowerCase();
  if (!word) return true;
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  if (/^\d{1,3}$/u.test(word)) return !ORDINAL_DOT.has(lang);
  return !(COMMON.has(word) || LANGUAGE_ABBREVIATIONS[lang]?.has(word));
}

/** Words a sentence may open with before a year's "r." that does not end it ("W 2015 r. PiS wygrał"). */
const YEAR_OPENING_WORDS = 5;
/** How far back (characters) those opening words are looked for. */
const YEAR_OPENING_REACH = 60;

/**
 * Whether a Polish year's "r." (roku) at `dot` ends the sentence from `start`: it does after a
 * clause ("Lech wygrał w Poznaniu w kwietniu 2022 r. Mistrzostwo…": Polish writes one stop),
 * not after a sentence's opening words ("W 2015 r. PiS wygrał wybory").
 */
function yearEndsSentence(text: string, start: number, dot: number, lang: string): boolean {
  if (lang !== 'pl' || !/(?<![\p{L}\p{N}])\d{4}\sr$/u.test(text.slice(Math.max(start, dot - 7), dot))) return false;
  // Read back a bounded stretch only (a crafted run of "2019 r." would make it quadratic).
  const from = Math.max(start, dot - YEAR_OPENING_REACH);
  return from > start || text.slice(from, dot).split(/\s+/u).length > YEAR_OPENING_WORDS;
}

/**
 * The longest stretch given to the segmenter at once. V8 builds each segment's record with a
 * copy of the whole input, so one call costs its length times its segments: a block of
 * thousands of short lines or stops would be quadratic. Lines are segmented one by one, and
 * a long line in pieces cut after a sentence's end where there is one.
 */
const MAX_PIECE = 1000;
const PIECE_END = /[.!?…。！？]["'”’)\]]?\s/gu;

/** Where a piece of the line from `start` ends: after a stop and its space, else a space, else the limit. */
function pieceEnd(text: string, start: number, lineEnd: number): number {
  if (lineEnd - start <= MAX_PIECE) return lineEnd;
  const half = start + MAX_PIECE / 2;
  const limit = start + MAX_PIECE;
  // Only the window is searched (a search of the whole rest of the text, piece after piece,
  // would be quadratic).
  const window = text.slice(half, limit);
  let cut = -1;
  PIECE_END.lastIndex = 0;
  for (let m = PIECE_END.exec(window); m; m = PIECE_END.exec(window)) cut = half + m.index + m[0].length;
  if (cut > 0) return cut;
  const space = window.lastIndexOf(' ');
  return space >= 0 ? half + space + 1 : limit;
}

/** The segmenter's segments of `text`, line by line and piece by piece, with offsets into `text`. */
function* segmentsOf(text: string, lang: string): Generator<{ segment: string; index: number }> {
  const seg = segmenter(lang);
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    for (let start = lineStart; start < lineEnd;) {
      const end = pieceEnd(text, start, lineEnd);
      for (const { segment, index } of seg.segment(text.slice(start, end))) yield { segment, index: start + index };
      start = end;
    }
    lineStart = lineEnd;
  }
}

/** Sentence spans of `text` in the language `lang` (a primary subtag: "de", "es"). */
export function splitSentencesIn(text: string, lang: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = -1;
  let end = -1;
  for (const { segment, index } of segmentsOf(text, lang)) {
    const trimmedStart = index + (segment.length - segment.trimStart().length);
    const trimmedEnd = index + segment.trimEnd().length;
    if (trimmedEnd <= trimmedStart) continue;
    if (start < 0) {
      start = trimmedStart;
      end = trimmedEnd;
      continue;
    }
    // A break after a stop that ends no sentence, and none inside a line, joins the two.
    const joined =
      text[end - 1] === '.' &&
      !endsSentence(text, end - 1, lang) &&
      !yearEndsSentence(text, start, end - 1, lang) &&
      !text.slice(end, trimmedStart).includes('\n');
    if (joined) {
      end = trimmedEnd;
      continue;
    }
    spans.push({ start, end });
    start = trimmedStart;
    end = trimmedEnd;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}
