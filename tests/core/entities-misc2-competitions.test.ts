/**
 * A league named as the competition clubs play in is an OTHER name
 * (src/core/entities/misc-competitions.ts; names.md: "competitions as contests are MISC"). On
 * mentions as a tagger might type them, and through the English model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withCompetitions } from '../../src/core/entities/misc-competitions';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('a league as a competition', () => {
  test('typed ORG or PLACE is OTHER; bodies, clubs and longer names stay', () => {
    const a =
      'Kestrel Town were 11th in League One, spent years outside the Football League and now play in the Premier League; the EFL and Premier League Productions said Kestrel Town would appeal.';
    const out = withCompetitions([
      mention(a, 'Kestrel Town', 'ORG'),
      mention(a, 'League One', 'PLACE'),
      mention(a, 'Football League', 'ORG'),
      mention(a, 'Premier League', 'ORG'),
      mention(a, 'EFL', 'ORG'),
      mention(a, 'Premier League Productions', 'ORG'),
      mention(a, 'Kestrel Town', 'ORG', 1),
    ]);
    expect(shown(out)).toEqual([
      'Kestrel Town/ORG',
      'League One/OTHER',
      'Football League/OTHER',
      'Premier League/OTHER',
      'EFL/ORG',
      'Premier League Productions/ORG',
      'Kestrel Town/ORG',
    ]);
  });

  test('mentions without a mistyped competition are given back as they were', () => {
    const a = 'Kestrel Town won the Premier League.';
    const kept = [mention(a, 'Kestrel Town', 'ORG'), mention(a, 'Premier League', 'OTHER')];
    expect(withCompetitions(kept)).toEqual(kept);
  });
});

describe('through the model', () => {
  test('"the Football League" a club spent years outside is OTHER', () => {
    const text =
      'Brellby Rovers spent six seasons outside the Football League before they were promoted from the National League in 2019.';
    const out = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .filter((m) => m.text === 'Football League')
      .map((m) => m.type);
    expect(out).toEqual(['OTHER']);
  });
});
