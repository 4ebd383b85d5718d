import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('patronymics and Cantonese given names stay inside the person (en-train22)', () => {
  test('"binti" between a woman\'s names and her father\'s', () => {
    const names = found('Pilgrim Siti Nur Aisyah binti Rahman, 54, flew in from Kuala Lumpur.');
    expect(names).toContainEqual(['Siti Nur Aisyah binti Rahman', 'PERSON']);
    expect(names.map(([t]) => t)).not.toContain('Rahman');
  });

  test('an English given name, a surname and a hyphened Cantonese given name', () => {
    const text =
      '"Our customers take the train north to shop," said Ivan Cheng Ka-wing, who runs a shop in Sheung Wan.';
    expect(found(text)).toContainEqual(['Ivan Cheng Ka-wing', 'PERSON']);
    expect(found('The pro-Beijing lawmaker Starry Lee Wai-king said so.')).toContainEqual([
      'Starry Lee Wai-king',
      'PERSON',
    ]);
  });

  test('a title before the surname stays outside', () => {
    expect(found('The pro-Beijing lawmaker Starry Lee Wai-king spoke. Later Mr Lee Wai-king left.')).toContainEqual([
      'Lee Wai-king',
      'PERSON',
    ]);
  });
});
