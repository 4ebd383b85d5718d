/** How much each source of a header field is trusted, and a guard for sources that throw. */

/**
 * Trust in each source of a field when it stands alone (0..1): what the confidence of a
 * field starts from. Agreement between sources raises it (see choose-byline, choose-date).
 */
export const TRUST = {
  title: {
    agreed: 0.95,
    articleH1: 0.8,
    h1: 0.7,
    jsonLd: 0.85,
    tag: 0.75,
    document: 0.6,
    readability: 0.55,
    articleHeading: 0.5,
  },
  byline: {
    jsonLd: 0.9,
    tag: 0.85,
    nextToHeadline: 0.8,
    afterHeadline: 0.75,
    beforeHeadline: 0.6,
    byAfterHeadline: 0.7,
    twitterLabel: 0.5,
    readability: 0.5,
    organisation: 0.4,
    /** The agency a dateline names ("LONDON (Reuters) - …"), no one else credited. */
    dateline: 0.5,
    /** The reporters an agency story's closing credit names. */
    endCredit: 0.6,
    /** The writer a bio at the story's end introduces, no one credited above. */
    bio: 0.45,
    /** The one person rel=author links name away from the headline (a footer, an author box). */
    relAuthor: 0.45,
    /** The one name an author box at the story's end shows, no one else credited (a CMS account's, even). */
    authorBox: 0.35,
    /** JSON-LD or a tag naming one person the page never shows, against the byline it shows. */
    unseenAccount: 0.5,
  },
  date: {
    jsonLd: 0.9,
    tag: 0.85,
    microdata: 0.8,
    time: 0.75,
    timeText: 0.7,
    dateline: 0.7,
    afterHeadline: 0.65,
    beforeHeadline: 0.55,
    url: 0.5,
    /** A date in a sentence by the headline ("The vote on March 12, 2025 will decide…"). */
    prose: 0.42,
    readability: 0.45,
    lone: 0.4,
  },
} as const;

/** A source that throws (a page can break any of them) gives nothing; the others still count. */
export function contained<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
