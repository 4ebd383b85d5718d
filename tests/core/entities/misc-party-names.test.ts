import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe("a party's name cut or read as its members is the party (en-train21, en-train22)", () => {
  test('"Social Democrats" and "Christian Democrats" are parties, bare "Democrats" their members', () => {
    const names = found('The Christian Democrats and the Social Democrats agreed a coalition on Monday.');
    expect(names).toContainEqual(['Social Democrats', 'ORG']);
    expect(names).toContainEqual(['Christian Democrats', 'ORG']);
    expect(found('Democrats in the Senate voted against it.')).toContainEqual(['Democrats', 'OTHER']);
  });

  test('"Fine Gael" whole before a councillor, and "Gael" a given name elsewhere', () => {
    expect(found('Fine Gael councillor Mary Collins said the board ignored the plan.')).toContainEqual([
      'Fine Gael',
      'ORG',
    ]);
    expect(found('Gael Monfils won in three sets.')).toContainEqual(['Gael Monfils', 'PERSON']);
  });
});
