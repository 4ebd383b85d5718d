/**
 * The context stage is linear in the article's length, on ordinary news text and on text
 * built to hurt it (a paragraph of quotation marks, of speech verbs, of names and commas).
 */
import { describe, test } from 'vitest';
import { readContext } from '../../../src/core/context/read-context';
import { readTextContext } from '../../../src/core/context/text-context';
import { expectLinear } from '../../helpers/growth';
import { entitiesOf, mentionsOf, paragraphs, type Names } from './names';

const NAMES: Names = { 'Anna Smith': 'PERSON', Smith: 'PERSON', 'Acme Corp': 'ORG' };
const NEWS =
  'Union leader Anna Smith, chief executive of Acme Corp, said on Monday that the talks had failed. ' +
  '"We will not give up," she said, "and we will win." The deal is close, according to two people familiar with the matter. ';

describe('the context stage grows linearly', () => {
  test('news paragraphs', () => {
    expectLinear(
      (n) => {
        const blocks = paragraphs(...Array.from({ length: n }, () => NEWS));
        return { blocks, entities: entitiesOf(blocks, NAMES) };
      },
      ({ blocks, entities }) => readContext(blocks, entities),
      20,
    );
  }, 60_000);

  test.each([
    ['quotation marks', '"a" '],
    ['unclosed marks and apostrophes', "“a ‘b '"],
    ['speech verbs', 'said told according to, '],
    ['names and commas', 'Anna Smith, Smith, '],
    ['titles before names', 'chief executive President Anna Smith '],
  ])(
    // 300 and 3,000 units (up to 21,000 characters in one paragraph): quadratic work still
    // shows as ten times the time per unit. Far longer single paragraphs (tens of thousands of
    // tokens) leave V8's young generation, and their time per token rises for memory reasons
    // that no article's paragraph meets, which made a 10,000-unit run a flaky measure.
    'one long paragraph of %s',
    (_, unit) => {
      expectLinear(
        (n) => {
          const text = unit.repeat(n);
          return { text, mentions: mentionsOf(paragraphs(text), NAMES) };
        },
        ({ text, mentions }) => readTextContext(text, mentions),
        300,
      );
    },
    60_000,
  );
});
