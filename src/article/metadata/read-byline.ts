/**
 * The article's authors: every source's candidate (JSON-LD, author tags, the byline shown
 * by the headline, "By …" after or above it, a Twitter card's label, Readability's), chosen
 * by trust, agreement and plausibility (choose-byline.ts); then, where no person is
 * credited, an agency story's closing credit, a bio at the story's end, the person the
 * page's rel=author links name, the agency its dateline names, the company a press
 * release's "SOURCE" line names, or the organisation JSON-LD names.
 */
import { cleanNames, isAccountLabel, isAccountName, isOrganisation, isSiteCredit, isStaffLabel } from './byline';
import { bioAuthor } from './author-bio';
import { relAuthor } from './author-link';
import { authorBoxName } from './author-box';
import { chooseByline, isPersonName, type NameCandidate } from './choose-byline';
import { agencyLine, datelineAgency } from './dateline-agency';
import { closingAgency, endCreditAuthors } from './end-credit';
import { postedBy, withoutPosters } from './posted-by';
import { releaseSource } from './release-source';
import { pictureCredits, withoutPictureCredits } from './picture-credits';
import type { LdArticle } from './json-ld';
import type { MetaTags } from './meta-tags';
import { bylineAfter, readingTimeByline, textsAfter, textsBefore } from './near-headline';
import type { PageScan } from './page-scan';
import { leadSubjects } from './story-subject';
import { contained, TRUST } from './trust';
import { datelineDate } from './dates';
import { afterOwnStory, findVisibleBylines, isOtherStorys, shownOnlyElsewhere } from './visible-byline';
import { namedInText } from './visible-text';

export interface BylineInput {
  doc: Document;
  ld: LdArticle | null;
  tags: MetaTags;
  scan: () => PageScan;
  headline: Element | null;
  /** The texts after the headline (shared with the date's reading). */
  afterHeadline: () => string[];
  siteName: string | null;
  readability: { byline?: string | null | undefined } | null;
  /** The title: who the story is about (with the people its opening paragraph names as such). */
  subject: string;
  /** The authors a Next.js page's data gives its story (next-data.ts), read when asked for. */
  scriptAuthors?: () => readonly string[] | null | undefined;
}

export interface BylineRead {
  names: string[];
  source?: string;
  confidence?: number;
}

type Value = string | readonly string[] | null | undefined;

/**
 * The authors, without the CMS accounts credited ("jdadmin", "KWCHCIK"): no one's name. An
 * account chosen alone gives way to the later sources (a closing credit, a bio); none, no one.
 */
export function readByline(input: BylineInput): BylineRead {
  const read = readCredits(input);
  const names = read.names.filter((n) => !isAccountName(n));
  return names.length === read.names.length ? read : names.length ? { ...read, names } : { names: [] };
}

function readCredits(input: BylineInput): BylineRead {
  const { doc, ld, tags, scan, headline, siteName, readability } = input;
  // The site's name as it writes it (og:site_name before its domain goes), and its host.
  const siteText = `${(tags.get('og:site_name') ?? []).join(' ')} ${hostOf(doc)}`;
  const nameContext = { siteName, siteText };
  const tb = TRUST.byline;
  const candidates: NameCandidate[] = [];
  const addNames = (source: string, trust: number, v: Value, allowHandles = false): void => {
    if (!v || v.length === 0) return;
    const names = contained(() => cleanNames(v, { ...nameContext, allowHandles }), []);
    if (names.length) candidates.push({ source, names, trust });
  };
  // Authors a graph names by reference are the account that posted, when the page names no one else.
  const ldAuthors = ld?.authorsByReference ? [] : ld?.authors;
  addNames(
    'json-ld',
    tb.jsonLd,
    ldAuthors?.filter((a) => !isOrganisation(a, nameContext)),
  );
  // The first author tag that names a person ("author" may hold the publisher, "article:author"
  // the writer); a tag naming one word ("admin", "FAIL") only where none names a person.
  const tagged = AUTHOR_TAGS.map((key): NameCandidate | null => {
    const people = (tags.get(key) ?? []).filter(
      (v) => !/^https?:/iu.test(v) && !isOrganisation(v, nameContext) && !isSiteCredit(v),
    );
    const names = people.length ? contained(() => cleanNames(people, nameContext), []) : [];
    return names.length ? { source: `meta:${key}`, names, trust: tb.tag } : null;
  }).filter((c): c is NameCandidate => c !== null);
  const tag = tagged.find((c) => c.names.some(isPersonName)) ?? tagged[0];
  if (tag) candidates.push(tag);
  // A desk the site credits in a tag, its address closing it ("Zone Justice - ICI.Radio-Canada.ca"):
  // an organisation's credit, below a byline the page shows.
  else
    addNames(
      'meta:site-credit',
      tb.organisation,
      AUTHOR_TAGS.flatMap((key) => tags.get(key) ?? []).filter(isSiteCredit),
    );
  // Neither JSON-LD nor a tag: the authors a Next.js page's data gives the story its headline names.
  if (!candidates.length && input.scriptAuthors)
    addNames(
      'next-data',
      tb.tag,
      contained(input.scriptAuthors, null)?.filter((a) => !isOrganisation(a, nameContext)),
    );
  // With JSON-LD naming people, the byline by the headline is still read: it may name them all.
  const fromLd = candidates[0]?.source === 'json-ld' && candidates[0].names.every(isPersonName);
  const visibleBylines = contained(() => findVisibleBylines(scan(), nameContext, headline ?? undefined), []);
  const firstVisible = visibleBylines[0];
  if (firstVisible && (!fromLd || firstVisible.place >= 1)) {
    const trust = [tb.beforeHeadline, tb.afterHeadline, tb.nextToHeadline][firstVisible.place] ?? tb.beforeHeadline;
    candidates.push({ source: 'visible', names: firstVisible.names, trust, shown: firstVisible.place >= 1 });
  }
  // Right after "by", a lone lower-case word is a name ("by doumae"), not a handle. Another
  // story's teaser or a related link between the headline and the byline is not read, nor
  // what follows the end of the story's own <article> (a short story's reach runs into the
  // recent stories' bylines below it).
  let after: string[] | undefined;
  const afterTexts = (): string[] =>
    (after ??= headline
      ? textsAfter(headline, BYLINE_BUDGET, (e) => isOtherStorys(e, headline) || afterOwnStory(e, headline))
      : []);
  addNames(
    'after-headline',
    tb.byAfterHeadline,
    contained(() => (headline ? bylineAfter(afterTexts()) : null), null),
    true,
  );
  // No "By": the names on the reading time's line ("Ana Lima · 5 min read · Mar 3, 2025").
  if (headline && !candidates.some((c) => c.source === 'visible' || c.source === 'after-headline'))
    addNames(
      'reading-time',
      tb.byAfterHeadline,
      contained(() => readingTimeByline(afterTexts()), null),
    );
  // "By …" just above the headline (a kicker line), when the page shows no byline below it.
  if (headline && !candidates.some((c) => c.source === 'visible' || c.source === 'after-headline'))
    addNames(
      'before-headline',
      tb.beforeHeadline,
      contained(() => bylineAfter(textsBefore(headline, BEFORE_BUDGET, (e) => isOtherStorys(e, headline))), null),
    );
  // A Twitter card's "Written by" is often the account that posted, so it comes after the page.
  addNames('meta:twitter:label', tb.twitterLabel, labelledTag(tags, /^(?:written by|author|by)$/iu));
  // Readability takes the first author element anywhere: not one in another story's teaser or a sidebar.
  const fromReadability = readability?.byline;
  // Nor a dateline, which it also takes for one ("HARBOUR CITY, March 3, 2025": a place and a date).
  if (
    fromReadability &&
    !contained(() => datelineDate(fromReadability), null) &&
    !contained(() => shownOnlyElsewhere(fromReadability, scan(), headline), false)
  )
    addNames('readability', tb.readability, fromReadability);
  addNames('json-ld', tb.organisation, ldAuthors);
  if (candidates.length === 0) addNames('json-ld', tb.twitterLabel, ld?.authors);
  // The photographer the header credits for the pictures, listed by JSON-LD or a tag as an author.
  const pictured = headline ? contained(() => pictureCredits(afterTexts()), new Set<string>()) : new Set<string>();
  for (const c of candidates) c.names = [...withoutPictureCredits(c.names, pictured)];
  contained(() => doubtUnseenAccount(candidates, doc), undefined);
  // "By Reuters" under the headline, "Posted by <the local web editor>" beside it: the agency.
  if (headline) contained(() => withoutPosters(candidates, postedBy(afterTexts(), nameContext)), false);
  withoutUnshownLabels(candidates);
  // The story is about the people its title names, and those its opening paragraph gives a
  // title or has speak ("President Donald Trump said …").
  const lead = candidates.length ? contained(() => leadSubjects(input.afterHeadline()), '') : '';
  const chosen = chooseByline(candidates, { subject: `${input.subject} ${lead}` });
  const choice = chosen?.names.every(isAccountName) ? null : chosen;
  if (choice?.names.some(isPersonName)) return choice;
  // A handle shown as the byline ("by dana_r"), with a bio naming the writer ("Dana Reyes
  // covers transit …"): the page credits a person, whose name the card shows.
  if (choice?.names.every(isHandle)) {
    const named = contained(() => bioAuthor(doc, headline, nameContext), null);
    if (named) return { names: [named], source: 'bio', confidence: tb.bio };
  }
  // An agency's story credited to the agency alone ("Reuters"), or to no one: the reporters
  // its closing credit names ("Reporting by A, B and C; Editing by D").
  const reporters = contained(() => endCreditAuthors(doc, nameContext), []);
  if (reporters.length) return { names: reporters, source: 'end-credit', confidence: tb.endCredit };
  // No one credited in the header, or only the newsroom ("Harbour Staff"): the writer a bio
  // at the story's end introduces ("About the author: Ana Lima is a reporter for …").
  if (choice && !choice.names.every(isStaffLabel)) return choice;
  const bio = contained(() => bioAuthor(doc, headline, nameContext), null);
  if (bio) return { names: [bio], source: 'bio', confidence: tb.bio };
  // Nor a bio: the one person the page's rel=author links name, in its footer or an author box.
  const linked = contained(() => relAuthor(scan(), nameContext), null);
  if (linked) return { names: [linked], source: 'rel-author', confidence: tb.relAuthor };
  if (choice) return choice;
  // No one credited but the agency whose name alone is the line under the headline (as the
  // page writes it: "Associated Press" over its dateline's "(AP)"), its dateline names
  // ("LONDON (Reuters) - …"), or a line closing the story credits ("— Reuters").
  const agency = contained(
    () => agencyLine(input.afterHeadline()) ?? datelineAgency(input.afterHeadline()) ?? closingAgency(doc),
    null,
  );
  if (agency) return { names: [agency], source: 'dateline', confidence: tb.dateline };
  // No one credited in a press release: the company its closing "SOURCE" line names, the one
  // its title or opening announces ("SOURCE Harbour Energy").
  const company = contained(() => releaseSource(doc, input.subject), null);
  if (company) return { names: [company], source: 'release-source', confidence: tb.organisation };
  // No one credited anywhere but the organisation JSON-LD names as the author (RT, a fact
  // checker, a syndicator's source): the organisation, even where it is the site itself.
  if (ld?.authorsAreOrganisations) {
    const org = ld.authors.map((a) => a.replace(/\s+/gu, ' ').trim()).filter(isOrganisationCredit);
    if (org.length) return { names: org.slice(0, 1), source: 'json-ld', confidence: tb.organisation };
  }
  // Nor JSON-LD: the organisation an author tag names ("Organization for Transformative Works",
  // the site's own name); not a CMS account of one word ("admin", "jdadmin").
  const orgTag = organisationTag(tags, siteName);
  if (orgTag) return { names: [orgTag], source: 'meta:author', confidence: tb.organisation };
  // Nothing else: the name an author box at the story's end shows, even a CMS account's
  // ("rmb8090"), which is then the one credit the page gives.
  const boxed = contained(() => authorBoxName(doc, headline, nameContext), null);
  if (boxed) return { names: [boxed], source: 'author-box', confidence: tb.authorBox };
  return { names: [] };
}

/** Author tags that may name the organisation that wrote the page. */
const ORGANISATION_TAGS = ['author', 'dc.creator', 'dcterms.creator'];

/**
 * The organisation an author tag credits: a name of two words or more, or the site's own name
 * (the tags' first value that is one, white space collapsed).
 */
function organisationTag(tags: MetaTags, siteName: string | null): string | null {
  const site = siteName?.normalize('NFKC').toLowerCase().trim();
  for (const key of ORGANISATION_TAGS)
    for (const raw of tags.get(key) ?? []) {
      const value = raw.replace(/\s+/gu, ' ').trim();
      if (!isOrganisationCredit(value)) continue;
      if (value.includes(' ') || value.normalize('NFKC').toLowerCase() === site) return value;
    }
  return null;
}

/** The page's host name ('' when it has none). */
function hostOf(doc: Document): string {
  try {
    return new URL(doc.URL).hostname;
  } catch {
    return '';
  }
}

/** A social handle written without its "@": one word holding an underscore ("dana_r"), which no name does. */
const isHandle = (name: string): boolean => !/\s/u.test(name.trim()) && name.includes('_');

/** Characters of text before the headline read for a byline (a kicker line's). */
const BEFORE_BUDGET = 160;
/** Characters of text after the headline read for a byline. */
const BYLINE_BUDGET = 600;

/**
 * JSON-LD or an author tag naming one person the page never shows, while the byline element
 * the page shows names someone else: the CMS account that posted the story (an editor, a web
 * producer), not its writer. Its trust drops to a Twitter label's.
 */
function doubtUnseenAccount(candidates: NameCandidate[], doc: Document): void {
  // A byline element, not a "By" in the text after the headline ("By Tom Reyes, the harbour
  // master" under a quotation).
  const shown = candidates.filter((c) => c.source === 'visible');
  if (!shown.length) return;
  const shownWords = new Set(shown.flatMap((c) => c.names.flatMap(wordsOf)));
  for (const c of candidates) {
    if (c.source !== 'json-ld' && !c.source.startsWith('meta:')) continue;
    const [only] = c.names;
    if (c.names.length !== 1 || !only || !isPersonName(only)) continue;
    // The byline shown shares a word of the name ("Ana Lima" and "A. Lima"): the same person.
    if (wordsOf(only).some((w) => shownWords.has(w))) continue;
    if (!shown.some((s) => s.names.some(isPersonName))) continue;
    // Written anywhere the reader sees, whole or without its brackets ("史蒂文的家_藍天 (stevenhgm)"),
    // or by its surname: a person of the page.
    const plain = only
      .replace(/\([^()]*\)/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    if (namedInText(doc, [only, plain, wordsOf(only).at(-1) ?? ''])) continue;
    c.trust = Math.min(c.trust, TRUST.byline.unseenAccount);
  }
}

/** Sources that read what the page shows its reader by the headline. */
const SHOWN_SOURCES = new Set(['visible', 'after-headline', 'before-headline']);

/**
 * A CMS account's label ("admin", "webmaster") that only the page's data names (JSON-LD, an
 * author tag, Readability reading them): the account that posted, no credit. Shown by the
 * headline ("By admin"), it is the credit the page gives (weighed as a staff label).
 */
function withoutUnshownLabels(candidates: NameCandidate[]): void {
  const shown = new Set(
    candidates.filter((c) => SHOWN_SOURCES.has(c.source)).flatMap((c) => c.names.map((n) => n.toLowerCase())),
  );
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i] as NameCandidate;
    if (SHOWN_SOURCES.has(c.source)) continue;
    if (c.names.every((n) => isAccountLabel(n) && !shown.has(n.toLowerCase()))) candidates.splice(i, 1);
  }
}

/** The words of a name of three letters or more, folded ("Ana de Lima" -> "ana", "lima"). */
const wordsOf = (name: string): string[] =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_'’-]+/u)
    .filter((w) => w.length >= 3);

/** Meta tags that name the author, most specific first. */
const AUTHOR_TAGS = [
  'citation_author',
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'parsely-author',
  'sailthru.author',
  'sailthru.byline_name',
  'article.author',
  'twitter:creator:name',
];

/** An organisation's name as JSON-LD credits it ("RT", "POLYGRAPH.info"): short, with a letter, no address. */
function isOrganisationCredit(name: string): boolean {
  return name.length >= 2 && name.length <= MAX_ORGANISATION_CHARS && /\p{L}/u.test(name) && !/^https?:|@/iu.test(name);
}

const MAX_ORGANISATION_CHARS = 60;

/**
 * A value announced by a Twitter card label: twitter:label1 = "Written by",
 * twitter:data1 = "Ellyn Shook" (as blogs and LinkedIn write it).
 */
function labelledTag(tags: Map<string, string[]>, label: RegExp): string | null {
  for (let i = 1; i <= 4; i++) {
    if (label.test(tags.get(`twitter:label${i}`)?.[0] ?? '')) return tags.get(`twitter:data${i}`)?.[0] ?? null;
  }
  return null;
}
