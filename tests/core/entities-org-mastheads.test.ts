/**
 * Newspapers are organisations (src/core/entities/org-mastheads.ts): on names and mentions we
 * wrote, by the rule and through the English model.
 */
import { describe, expect, test } from 'vitest';
import { isMasthead, withMastheads } from '../../src/core/entities/org-mastheads';
import { englishRecogniser, mention } from './entity-mentions';

describe('a newspaper is an organisation', () => {
  test.each(['The Meridian Ledger', 'Cedar Valley Courier', 'Harwick Gazette', 'Dunmore Post-Gazette'])(
    '%s is one',
    (name) => expect(isMasthead(name)).toBe(true),
  );

  test.each(['Ledger', 'Czech Republic', 'Golden Globe', 'Harwick', 'Times Square'])('%s is not', (name) =>
    expect(isMasthead(name)).toBe(false),
  );

  test('an other name or a place is retyped, a person kept', () => {
    const a = 'Ann Courier told the Harwick Gazette and The Meridian Ledger about it.';
    const out = withMastheads([
      mention(a, 'Ann Courier', 'PERSON'),
      mention(a, 'Harwick Gazette', 'PLACE'),
      mention(a, 'The Meridian Ledger', 'OTHER'),
    ]);
    expect(out.map((m) => `${m.text}/${m.type}`)).toEqual([
      'Ann Courier/PERSON',
      'Harwick Gazette/ORG',
      'The Meridian Ledger/ORG',
    ]);
  });

  test('through the English model', () => {
    const recogniser = englishRecogniser();
    const names = (text: string) =>
      recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => `${m.text}/${m.type}`);
    expect(names('The river fell again on Tuesday, The Meridian Ledger reported.')).toContain(
      'The Meridian Ledger/ORG',
    );
  });
});
