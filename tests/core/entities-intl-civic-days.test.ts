/**
 * The Commonwealth's civic, national and race days are OTHER names
 * (src/core/entities/intl-civic-days.ts; names.md, "Civic and national days"). On mentions as a
 * tagger might cut and type them, and through the English model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { intlDaySpans, withIntlDays } from '../../src/core/entities/intl-civic-days';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const spans = (text: string) => intlDaySpans(text).map(([s, e]) => text.slice(s, e));

describe('the days written in a text', () => {
  test('each day once, curly apostrophes too, not inside a longer name or day', () => {
    expect(
      spans(
        "Schools close on Teachers’ Day and Children's Day; Madaraka Day falls on a Sunday; the Kestrel Cup Day crowd and a National Day of Prayer.",
      ),
    ).toEqual(['Teachers’ Day', "Children's Day", 'Madaraka Day']);
  });
});

describe('a day is one OTHER name', () => {
  test('added where the tagger left it, replacing its pieces, and cut from a place run into it', () => {
    const a = 'Crowds packed Brindle Park on Cup Day, and Derby Day drew fewer, said Ana Ruiz.';
    const out = withIntlDays(new Map([[0, a]]), [
      mention(a, 'Brindle Park on Cup Day', 'OTHER'),
      mention(a, 'Derby', 'ORG'),
      mention(a, 'Ana Ruiz', 'PERSON'),
    ]);
    expect(shown(out)).toEqual(['Brindle Park/OTHER', 'Cup Day/OTHER', 'Derby Day/OTHER', 'Ana Ruiz/PERSON']);
  });

  test('a longer name that holds the day is left alone', () => {
    const a = 'The Kestrel Children’s Day Fund gave out books.';
    const kept = [mention(a, 'Kestrel Children’s Day Fund', 'ORG')];
    expect(withIntlDays(new Map([[0, a]]), kept)).toEqual(kept);
  });

  test("through the model, a school calendar's days are names", () => {
    const text = "Primary schools will close on Teachers' Day and on Children's Day, the ministry said.";
    const names = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .map((m) => `${m.text}/${m.type}`);
    expect(names).toEqual(expect.arrayContaining(["Teachers' Day/OTHER", "Children's Day/OTHER"]));
  });
});
