/**
 * TIMEX3 values on chrono's results, written and read in one place. A result carries them
 * as chrono tags: `lede:value=` the value one of Lede's parsers or refiners gave it (a
 * result with one is "ours"), `lede:type=` its TIMEX3 type, `lede:mod=` its modifier, and
 * `lede:restated=` a value a refiner gave a result it widened, which replaces the first.
 * `recogniseDates` reads them before chrono's own components.
 */
import type { ParsedResult, ParsingContext, ParsingResult } from 'chrono-node';
import type { DateType } from '../types';

const VALUE_TAG = 'lede:value=';
const RESTATED_TAG = 'lede:restated=';
const TYPE_TAG = 'lede:type=';
const MOD_TAG = 'lede:mod=';

/** A result for `text` at `index` with a TIMEX3 value (and type, modifier). */
export function tagged(
  context: ParsingContext,
  index: number,
  text: string,
  value: string,
  known: Record<string, number> = {},
  type: DateType = 'DATE',
  mod?: string,
): ParsingResult {
  const result = context.createParsingResult(index, text, known);
  setTimex(result, value, type);
  if (mod) result.addTag(MOD_TAG + mod);
  return result;
}

/** Gives a result of chrono's a TIMEX3 value and type, making it ours. */
export function setTimex(r: ParsingResult, value: string, type: DateType): void {
  r.addTag(VALUE_TAG + value);
  r.addTag(TYPE_TAG + type);
}

/** Gives a widened result the value of what it now says ("this year's third quarter"). */
export function restate(r: ParsingResult, value: string): void {
  r.addTag(RESTATED_TAG + value);
}

/** Gives a result a TIMEX3 modifier unless it has one. */
export function addModifier(r: ParsingResult, mod: string): void {
  if (tagAfter(r, MOD_TAG) === undefined) r.addTag(MOD_TAG + mod);
}

/** What follows `prefix` in the first of a result's tags that starts with it. */
function tagAfter(r: ParsedResult, prefix: string): string | undefined {
  for (const t of r.tags()) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return undefined;
}

/** The TIMEX3 value one of Lede's parsers or refiners gave a result. */
export function ownValue(r: ParsedResult): string | undefined {
  return tagAfter(r, VALUE_TAG);
}

/** Whether a result has a TIMEX3 value of Lede's (chrono's filters and tie-breaks spare those). */
export function isOurs(r: ParsedResult): boolean {
  return ownValue(r) !== undefined;
}

/** Whether a result was typed `type` by one of Lede's parsers or refiners. */
export function hasType(r: ParsedResult, type: DateType): boolean {
  return r.tags().has(TYPE_TAG + type);
}

/** The TIMEX3 tags of a result: its value (a restated one first), type and modifier. */
export function timexOf(r: ParsedResult): {
  value: string | undefined;
  type: DateType | undefined;
  mod: string | undefined;
} {
  return {
    value: tagAfter(r, RESTATED_TAG) ?? tagAfter(r, VALUE_TAG),
    // Only `setTimex` writes this tag, with a DateType.
    type: tagAfter(r, TYPE_TAG) as DateType | undefined,
    mod: tagAfter(r, MOD_TAG),
  };
}
