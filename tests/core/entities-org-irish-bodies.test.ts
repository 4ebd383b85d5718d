import { describe, expect, test } from 'vitest';
import { withIrishBodies } from '../../src/core/entities/org-irish-bodies';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withIrishBodies(new Map([[0, block]]), mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('an Irish body named with "An" keeps its article (names.md, "Boundaries")', () => {
  test('"An" before the head of an Irish body: run back over it, an organisation', () => {
    expect(
      read('The bill would replace An Bord Pleanála with a new body, An Coimisiún Pleanála.', [
        ['Bord Pleanála', 'PERSON'],
        ['Coimisiún Pleanála', 'PERSON'],
      ]),
    ).toEqual(['An Bord Pleanála/ORG', 'An Coimisiún Pleanála/ORG']);
    expect(read('An Garda Síochána said the road was closed.', [['Garda Síochána', 'ORG']])).toEqual([
      'An Garda Síochána/ORG',
    ]);
    expect(read('a letter from "An Post" to customers', [['Post', 'ORG']])).toEqual(['An Post/ORG']);
  });

  test('other names after "An", and the heads without it, stay as tagged', () => {
    expect(read('An Apple spokesperson declined to comment.', [['Apple', 'ORG']])).toEqual(['Apple/ORG']);
    expect(read('Gardaí said Garda Síochána officers attended.', [['Garda Síochána', 'ORG']])).toEqual([
      'Garda Síochána/ORG',
    ]);
    expect(read('The Tehran Post reported it.', [['Post', 'ORG']])).toEqual(['Post/ORG']);
    expect(read('a Bord Bia report', [['Bord Bia', 'ORG']])).toEqual(['Bord Bia/ORG']);
  });
});
