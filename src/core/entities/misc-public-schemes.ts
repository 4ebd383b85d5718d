/**
 * A public scheme, tax, rate or payment named in capitals is a thing, not a body
 * (eval/gold/guidelines/names.md: "Named programmes and plans are MISC"; the en-train gold marks
 * "Employers' National Insurance contributions", "lowering Bank Rate", "over State Pension age",
 * "paying by Direct Debit", "£1.4m of National Lottery money" MISC). The tagger reads them as
 * bodies from their capitals ("National", "Bank", "State"). Issue 15, the families of the
 * en-train pages (BBC News, The Guardian, Which?, The Independent).
 *
 * After tagging (English): a mention typed ORG that is one of the schemes below, or that ends in
 * "Scheme" ("the Council Tax Reduction Scheme"), is OTHER. Per mention, one look-up; no regular
 * expression over the text.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** Schemes, taxes, rates and payments the tagger reads as bodies. */
const SCHEMES = new Set([
  'National Insurance',
  'Bank Rate',
  'State Pension',
  'Direct Debit',
  'National Lottery',
  'Universal Credit',
  'Child Benefit',
  'Pension Credit',
  'Winter Fuel Payment',
  'Personal Independence Payment',
  'Jobseeker’s Allowance',
  "Jobseeker's Allowance",
  'Council Tax',
  'Stamp Duty',
]);

/** Whether an ORG mention's text names a scheme. */
function isScheme(name: string): boolean {
  return SCHEMES.has(name) || (name.endsWith(' Scheme') && name.length > 7);
}

/** `mentions` with public schemes typed ORG made OTHER. */
export function withPublicSchemes(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => (m.type === 'ORG' && isScheme(m.text) ? retype(m, 'OTHER') : m));
}
