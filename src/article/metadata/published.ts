/**
 * The publication date among every source's candidate: JSON-LD, the date tags, the dates the
 * page shows (microdata, `<time>`, datelines), the text just below or above the headline, the
 * URL, Readability's; chosen by trust, agreement and plausibility (see choose-date), with a
 * lone date on the page as the last resort.
 */
import { instantMs } from '../../core/dates/instant';
import { chooseDate, type DateCandidate, type DateChoice } from './choose-date';
import {
  awayFromStory,
  datelineDate,
  dateFromUrl,
  findLoneDate,
  findVisibleDates,
  readDateText,
  toIsoDate,
  type DateRead,
} from './dates';
import type { LdArticle } from './json-ld';
import { firstTag } from './meta-tags';
import { textsBefore } from './near-headline';
import type { PageScan } from './page-scan';
import { withScriptOffset } from './script-offset';
import { contained, TRUST } from './trust';
import { inZone, type PresumedZone } from './zones';
import { stampDay, yearlessDatelineDay } from './reading-day';

export interface PublishedInput {
  doc: Document;
  ld: LdArticle | null;
  tags: Map<string, string[]>;
  /** The page's elements, scanned once when first asked for. */
  scan: () => PageScan;
  headline: Element | null;
  /** The short texts after the headline, read once when first asked for. */
  afterHeadline: () => string[];
  url: string | null;
  readability: { publishedTime?: string | null | undefined } | null;
  now: Date;
  /** The page writes numeric dates day first ("05/03/2025" is 5 March). */
  dayFirst?: boolean;
  /** The zone of the times the page writes without one (see zones.ts). */
  zone?: PresumedZone | null;
  /** The first publication a Next.js page's data gives its story (next-data.ts), read when asked for. */
  scriptDate?: () => string | null | undefined;
}

export function choosePublished({
  doc,
  ld,
  tags,
  scan,
  headline,
  afterHeadline,
  url,
  readability,
  now,
  dayFirst = false,
  zone = null,
  scriptDate,
}: PublishedInput): DateChoice | null {
  const td = TRUST.date;
  const dateCandidates: DateCandidate[] = [];
  const addDate = (
    source: string,
    trust: number,
    v: string | null | undefined,
    updated = false,
    presumed = false,
  ): void => {
    const value = v ? contained(() => toIsoDate(v), null) : null;
    if (value) dateCandidates.push({ source, value, trust, updated, presumed });
  };
  addDate('json-ld', td.jsonLd, ld?.datePublished);
  const dateTag = firstTag(tags, ...PUBLISHED_TAGS);
  if (dateTag) addDate(dateTag[0], td.tag, dateTag[1][0]);
  // The New York Times' <meta property="article:published" itemprop="datePublished">, when
  // ISO 8601 (NBC's writes a JavaScript date string that is not the publication).
  const nyt = dateTag ? undefined : tags.get('article:published')?.[0];
  if (nyt && /^\d{4}-\d{2}-\d{2}T/u.test(nyt)) addDate('meta:article:published', td.tag, nyt);
  // Neither JSON-LD nor a tag: the date a Next.js page's data gives the story its headline names.
  if (!dateCandidates.length && scriptDate) addDate('next-data', td.tag, contained(scriptDate, null));
  const visibleTrust: Record<string, number> = {
    microdata: td.microdata,
    time: td.time,
    'time-text': td.timeText,
    dateline: td.dateline,
  };
  // The page's other writings of its dates: they may give the chosen one's zone.
  const alsoShown: string[] = [];
  const addVisible = (): void => {
    const seenKinds = new Set<string>();
    for (const d of contained(() => findVisibleDates(scan(), headline, dayFirst, zone), [])) {
      // The best of each kind: the others are teasers, comments and updates.
      if (seenKinds.has(d.source)) {
        if (!d.updated && !d.presumed) alsoShown.push(d.value);
        continue;
      }
      seenKinds.add(d.source);
      const placeFactor = d.place === 0 && headline ? BEFORE_HEADLINE_FACTOR : 1;
      addDate(d.source, (visibleTrust[d.source] ?? td.dateline) * placeFactor, d.value, d.updated, d.presumed);
    }
  };
  // JSON-LD's instant needs no other (unless the page contradicts it, below); its day alone
  // may take the time the page shows.
  const visibleRead = !(dateCandidates[0]?.source === 'json-ld' && dateCandidates[0].value.includes('T'));
  if (visibleRead) addVisible();
  // The text around the headline is read (with chrono, the costly part) unless the page's
  // JSON-LD or tags give the instant in the page's own zone (UTC alone does not say which
  // zone the page's times are in; a <time> may be a teaser's).
  // JSON-LD and a tag at the same clock time with different offsets ("04:31:13-06:00",
  // "04:31:13+00:00"): one wrote UTC's clock with the site's offset; the page's time decides.
  const clash = clockClash(dateCandidates);
  // The first date under the headline, read once when first asked for.
  let belowRead: ReturnType<typeof firstDate> | undefined;
  const readBelow = (): ReturnType<typeof firstDate> => {
    if (belowRead === undefined)
      belowRead = headline ? contained(() => firstDate(afterHeadline(), dayFirst, zone), null) : null;
    return belowRead;
  };
  const addBelow = (): void => {
    const below = readBelow();
    // A date in a sentence ("The vote on March 12, 2025 will decide…") is the story's news,
    // not its dateline: trusted below the URL's.
    addDate(
      'after-headline',
      below?.prose ? td.prose : td.afterHeadline,
      below?.value,
      below?.updated,
      below?.presumed,
    );
  };
  let belowAdded = false;
  if (headline && (clash || !dateCandidates.some((c) => !c.updated && c.trust >= td.tag && ZONED.test(c.value)))) {
    const below = readBelow();
    addBelow();
    belowAdded = true;
    if (!below || below.updated) {
      // Not a sidebar's or a teaser's dates above the story ("Latest: Ferry fares rise · March 10, 2025").
      const above = contained(
        () =>
          firstDate(
            textsBefore(headline, BEFORE_BUDGET, (e) => awayFromStory(e, headline)),
            dayFirst,
            zone,
          ),
        null,
      );
      addDate(
        'before-headline',
        above?.prose ? td.prose : td.beforeHeadline,
        above?.value,
        above?.updated,
        above?.presumed,
      );
    }
  }
  addDate('url', td.url, dateFromUrl(url));
  addDate('readability', td.readability, readability?.publishedTime);
  if (clash) dropUnwitnessed(dateCandidates, clash);
  // The page's data dated days after the date the page shows under its headline, no other
  // source agreeing: the data's date is the page's modification (or a republication), not
  // the publication its reader sees.
  const data = dateCandidates.filter((c) => DATA_SOURCES.test(c.source) && !c.updated);
  const shown = headline && data.length ? readBelow() : null;
  if (shown && !shown.updated && !shown.prose) {
    const t = instantMs(shown.value);
    const later = data.filter((c) => instantMs(c.value) - t > DAYS_APART_MS);
    const witnessed = later.some((c) =>
      dateCandidates.some(
        (o) => !DATA_SOURCES.test(o.source) && Math.abs(instantMs(o.value) - instantMs(c.value)) <= DAYS_APART_MS,
      ),
    );
    if (later.length && !witnessed) {
      for (const c of later) c.trust *= CONTRADICTED_FACTOR;
      if (!belowAdded) addBelow();
      if (!visibleRead) addVisible();
    }
  }
  const dateChoice =
    chooseDate(dateCandidates, { now, alsoShown }) ??
    // Last resort, looked for only when nothing else dates the page.
    chooseDate(
      [
        { source: 'lone-date', value: contained(() => findLoneDate(doc), null) ?? '', trust: td.lone, updated: false },
      ].filter((c) => c.value),
      { now },
    ) ??
    // Nor a lone date: the day a relative stamp under the headline ("3h") or a dateline
    // without its year ("LONDON, March 5 (Reuters) -") gives against the reading's day.
    (headline ? readingDay(afterHeadline(), now, td.lone) : null);
  if (!dateChoice) return null;
  // An instant in UTC on another day than the one the page shows under its headline (a
  // story posted at 9 PM in New York is dated the next day in UTC): the same instant, in
  // the page's presumed zone when that gives the page's day. (Not midnight in UTC: a day
  // written as an instant, whose time is no one's.)
  const shownDay = belowRead?.updated || belowRead?.prose ? null : belowRead?.value;
  if (
    zone &&
    shownDay &&
    /^\d{4}-\d{2}-\d{2}$/u.test(shownDay) &&
    UTC_TIME.test(dateChoice.value) &&
    !UTC_MIDNIGHT.test(dateChoice.value)
  ) {
    const local = contained(() => inZone(dateChoice.value, zone.timeZone), null);
    if (local?.startsWith(shownDay) && !dateChoice.value.startsWith(shownDay)) return { ...dateChoice, value: local };
  }
  // A clock time written without its zone: the page's script data may give it.
  return { ...dateChoice, value: contained(() => withScriptOffset(doc, dateChoice.value), dateChoice.value) };
}

/** The day a stamp or a yearless dateline gives against `now`, as a last resort's choice, or null. */
function readingDay(texts: readonly string[], now: Date, trust: number): DateChoice | null {
  const stamp = contained(() => stampDay(texts, now), null);
  const dateline = stamp ? null : contained(() => yearlessDatelineDay(texts, now), null);
  const value = stamp ?? dateline;
  if (!value) return null;
  return chooseDate([{ source: stamp ? 'stamp' : 'dateline-day', value, trust, updated: false }], { now });
}

/** Midnight in UTC ("…T00:00:00Z", "…T00:00:00.000+00:00"). */
const UTC_MIDNIGHT = /T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/u;
/** An instant in UTC ("…Z", "…+00:00"). */
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]00:?00)$/u;

/** Meta tags that hold the publication date, most specific first. */
const PUBLISHED_TAGS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'dcterms.issued',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'published_time',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'date',
  'og:published_time',
  'og:pubdate',
  'article_date_original',
  'ptime',
  // GOV.UK's pages (news, press releases, guidance): the first publication.
  'govuk:first-published-at',
];

/**
 * Two trusted candidates that write the same clock time with different offsets, or null. A
 * zone Lede presumed for a time the page writes without one is no offset the page wrote: it
 * makes no clash with the page's data (which would otherwise lose to it, the page's clock
 * time witnessing the presumed offset).
 */
function clockClash(candidates: readonly DateCandidate[]): readonly [DateCandidate, DateCandidate] | null {
  const timed = candidates.filter((c) => !c.updated && !c.presumed && OFFSET_TIME.test(c.value));
  for (const a of timed)
    for (const b of timed)
      if (a !== b && a.value.slice(0, 19) === b.value.slice(0, 19) && instantOf(a) !== instantOf(b)) return [a, b];
  return null;
}

/**
 * Of two clashing candidates, the one whose instant no other source shows goes (when the
 * other's does); Readability reads the same tags, so it is no witness.
 */
function dropUnwitnessed(candidates: DateCandidate[], clash: readonly [DateCandidate, DateCandidate]): void {
  const witnessed = (c: DateCandidate): boolean =>
    candidates.some(
      (o) => !clash.includes(o) && o.source !== 'readability' && Math.abs(instantOf(o) - instantOf(c)) < SAME_MINUTE_MS,
    );
  const [a, b] = clash;
  const loser = witnessed(a) && !witnessed(b) ? b : witnessed(b) && !witnessed(a) ? a : null;
  if (loser) candidates.splice(candidates.indexOf(loser), 1);
}

const instantOf = (c: DateCandidate): number => Date.parse(c.value);
/** Sources that read the page's data (JSON-LD, the date tags, Readability's reading of them), not what it shows. */
const DATA_SOURCES = /^(?:json-ld|meta:|next-data$|readability$)/u;
/** Dates further apart than this are different days, whatever their zones. */
const DAYS_APART_MS = 36 * 3_600_000;
/** How much a data date the page's shown date contradicts is still trusted. */
const CONTRADICTED_FACTOR = 0.5;
const SAME_MINUTE_MS = 60_000;
/** A time with an offset or "Z". */
const OFFSET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/u;

/**
 * An instant with the page's offset ("…T10:15:00-05:00"; not "…Z", nor "…+00:00", which
 * says no more than "Z": a page that writes its local clock as UTC shows its zone below the
 * headline, "05:12 PM CDT").
 */
const ZONED = /T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?!\+00:?00$|-00:?00$)[+-]\d{2}:?\d{2}$/u;

/** Characters of text above the headline read for its date. */
const BEFORE_BUDGET = 160;

/** How much a date shown above the headline is trusted, relative to one below it. */
const BEFORE_HEADLINE_FACTOR = 0.7;

/**
 * The first full date in a run of short texts (each alone, then each with the next), and
 * whether the text calls it an update ("Updated: Nov. 2, 2024"): the first publication
 * date, else the first update.
 */
function firstDate(
  texts: readonly string[],
  dayFirst: boolean,
  zone: PresumedZone | null,
): (DateRead & { updated: boolean; prose?: boolean }) | null {
  let update: (DateRead & { updated: boolean; prose?: boolean }) | null = null;
  // Each text is read alone twice (as itself, then as the one after the previous).
  const parsed = new Map<string, DateRead | null>();
  const parse = (s: string): DateRead | null => {
    let v = parsed.get(s);
    if (v === undefined) parsed.set(s, (v = readDateText(s, dayFirst, zone)));
    return v;
  };
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? '';
    // A long text is a paragraph: only a dateline opening it dates the story.
    if (t.length > 200) {
      const opening = datelineDate(t, dayFirst, zone);
      if (opening) return { ...opening, updated: false };
      continue;
    }
    // A date split over two texts ("December 16," "2016"); one whole in the next text is read there.
    const next = texts[i + 1] ?? '';
    const found = parse(t) ?? (next.length <= 200 && parse(next) ? null : readDateText(`${t} ${next}`, dayFirst, zone));
    if (!found) continue;
    // The text before may be this date's label ("Updated:" then "March 6, 2025"), unless it
    // holds a date of its own, whose label that is ("Last modified: March 6 2025" then
    // "Created: March 4 2025").
    const before = texts[i - 1] ?? '';
    const labelBefore = UPDATED_LINE.test(before.slice(-MAX_LABEL_CHARS)) && !parse(before);
    if (!UPDATED_LINE.test(t) && !labelBefore) return { ...found, updated: false, prose: isProse(t) };
    // "Updated 7 March, 10:00 · Published 5 March 2025": the date after "Published" is the publication.
    const published = PUBLISHED_LABEL.exec(t);
    const after = published ? readDateText(t.slice(published.index + published[0].length), dayFirst, zone) : null;
    if (after) return { ...after, updated: false };
    update ??= { ...found, updated: true };
  }
  return update;
}

/**
 * A sentence rather than a date line: four words or more in small letters (of three letters
 * or more) that no date line's label holds ("The vote on March 12, 2025 will decide its
 * future"; not "This article was published on March 3, 2025 and last updated on …").
 */
function isProse(text: string): boolean {
  let words = 0;
  for (const m of text.matchAll(SMALL_WORD)) if (!LINE_WORDS.has(m[0]) && ++words >= PROSE_WORDS) return true;
  return false;
}

const SMALL_WORD = /(?<![\p{L}\p{N}])\p{Ll}{3,}(?![\p{L}\p{N}])/gu;
/** Words of a date line in small letters (labels, connectors, months and days written so). */
const LINE_WORDS = new Set(
  (
    'and the for was has been this article story post published posted updated last first originally modified ' +
    'min mins read reading time ago from with edt est cst cdt pst pdt gmt bst utc a.m p.m ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
/** Words in small letters that make a text a sentence. */
const PROSE_WORDS = 4;

/** A text that calls its date an update, or ends in a label saying so. */
const UPDATED_LINE = /(?:^|\s)(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado)(?:\s|:|$)/iu;
/** A label that calls the date after it the publication. */
const PUBLISHED_LABEL = /\b(?:published|posted|first published|publicado|veröffentlicht|publié)\b/iu;
/** Characters of the text before a date that are looked at for its label. */
const MAX_LABEL_CHARS = 30;
