/**
 * The instant an ISO date or date-time names, as the header and the timeline both read it: a
 * date-time written without a zone ("2024-03-04T10:15:00") is read as written, its clock time
 * in UTC, never in the reader's own zone (which would move the article's date with the reader).
 */

/** A date-time without a zone: "2024-03-04T10:15", "2024-03-04T10:15:00", "…T10:15:00.000". */
const WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/u;

/** Milliseconds since the epoch of an ISO value (see the file comment); NaN when unreadable. */
export function instantMs(value: string): number {
  return Date.parse(WITHOUT_ZONE.test(value) ? `${value}Z` : value);
}
