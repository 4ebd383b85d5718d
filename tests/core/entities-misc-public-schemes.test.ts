/**
 * Public schemes, taxes and rates are OTHER (src/core/entities/misc-public-schemes.ts), and "plc"
 * after a company is part of its name (src/core/entities/org-plc.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withPublicSchemes } from '../../src/core/entities/misc-public-schemes';
import { withPlc } from '../../src/core/entities/org-plc';
import type { EntityMention } from '../../src/core/types';

const shown = (ms: EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('public schemes', () => {
  test('schemes, taxes and rates typed as bodies are OTHER', () => {
    const text =
      'Pensioners on Pension Credit pay less National Insurance, the Bank of England held Bank Rate, and the Home Insulation Scheme reopens.';
    expect(
      shown(
        withPublicSchemes(
          mentionsIn(text, [
            ['Pension Credit', 'ORG'],
            ['National Insurance', 'ORG'],
            ['Bank of England', 'ORG'],
            ['Bank Rate', 'ORG'],
            ['Home Insulation Scheme', 'ORG'],
          ]),
        ),
      ),
    ).toEqual([
      'Pension Credit/OTHER',
      'National Insurance/OTHER',
      'Bank of England/ORG',
      'Bank Rate/OTHER',
      'Home Insulation Scheme/OTHER',
    ]);
  });
});

describe('plc', () => {
  test('a company runs over the plc after it', () => {
    const text = 'Brightwater Kennels plc and Marsh Feeds PLC agreed terms; Oakley Ltd did not.';
    expect(
      shown(
        withPlc(
          new Map([[0, text]]),
          mentionsIn(text, [
            ['Brightwater Kennels', 'ORG'],
            ['Marsh Feeds', 'ORG'],
            ['Oakley Ltd', 'ORG'],
          ]),
        ),
      ),
    ).toEqual(['Brightwater Kennels plc/ORG', 'Marsh Feeds PLC/ORG', 'Oakley Ltd/ORG']);
  });

  test('a person before "plc" and a word that only begins with it are left', () => {
    const text = 'Ann Roe plc-watcher and Dale Foods plcs were named.';
    expect(
      shown(
        withPlc(
          new Map([[0, text]]),
          mentionsIn(text, [
            ['Ann Roe', 'PERSON'],
            ['Dale Foods', 'ORG'],
          ]),
        ),
      ),
    ).toEqual(['Ann Roe/PERSON', 'Dale Foods/ORG']);
  });
});
