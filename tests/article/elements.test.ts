/**
 * The metadata readers' element look-ups written as walks (src/article/metadata/elements.ts)
 * give what the selectors they stand for give, on generated trees of headings, links, list
 * items and articles nested every way, and on a teaser written for the test.
 */
import { describe, expect, test } from 'vitest';
import {
  closestNamed,
  elementsMatching,
  elementsUnder,
  holdsNamed,
  linkedHeadingsIn,
} from '../../src/article/metadata/elements';
import { duringOneReading, remembered } from '../../src/article/metadata/memo';
import { load } from './load';

const TAGS = ['div', 'a', 'h2', 'h3', 'h5', 'h6', 'li', 'article', 'span', 'p'];

/** A random tree of `TAGS`, from a seeded generator (the same trees each run). */
function randomTree(seed: number, size: number): string {
  let s = seed;
  const rand = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor(s / 65536) % n;
  };
  const build = (budget: number, depth: number): string => {
    let html = '';
    while (budget > 0) {
      const tag = TAGS[rand(TAGS.length)] as string;
      const inner = depth < 8 && rand(3) > 0 ? Math.min(budget - 1, 1 + rand(6)) : 0;
      html += `<${tag}>t${budget}${build(inner, depth + 1)}</${tag}>`;
      budget -= inner + 1;
    }
    return html;
  };
  return `<!doctype html><html><body><div id=root>${build(size, 0)}</div></body></html>`;
}

describe('element look-ups written as walks', () => {
  test('linked headings: those the selector finds, in every subtree of generated pages', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const doc = load(randomTree(seed, 60));
      for (const el of Array.from(doc.body.querySelectorAll('*'))) {
        const expected = Array.from(el.querySelectorAll('h2 a, h3 a, h4 a, h5 a, a h2, a h3, a h4, a h5'));
        expect(linkedHeadingsIn(el)).toEqual(expected);
      }
    }
  });

  test('linked headings: a teaser card has one, a byline box none', () => {
    const doc = load(
      '<div id=card><h3><a href="/x">Bridge plan rejected after vote</a></h3><span>By Ana Lima</span></div>' +
        '<div id=box><span>By <a href="/author/ana">Ana Lima</a></span></div>',
    );
    expect(linkedHeadingsIn(doc.getElementById('card') as Element).map((e) => e.textContent)).toEqual([
      'Bridge plan rejected after vote',
    ]);
    expect(linkedHeadingsIn(doc.getElementById('box') as Element)).toEqual([]);
  });

  test('elements under a root: what querySelectorAll("*") finds, in document order', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const doc = load(randomTree(seed, 80));
      for (const el of [doc.body, ...Array.from(doc.body.querySelectorAll('*'))])
        expect(elementsUnder(el)).toEqual(Array.from(el.querySelectorAll('*')));
    }
  });

  test('the first elements that pass a test: what a selector finds, cut at the most asked for', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const doc = load(randomTree(seed, 80));
      for (const el of [doc.body, ...Array.from(doc.body.querySelectorAll('*'))]) {
        const links = Array.from(el.querySelectorAll('a, h3'));
        const test = (e: Element): boolean => e.localName === 'a' || e.localName === 'h3';
        expect(elementsMatching(el, test, 3)).toEqual(links.slice(0, 3));
        expect(elementsMatching(el, test, Infinity)).toEqual(links);
      }
    }
    // A bio box's names, as author-bio.ts tests them; the root itself is not under the root.
    const doc = load('<div id=box class=author-bio><p class=bio>x</p><span id=Bio>y</span><i>z</i></div>');
    const box = doc.getElementById('box') as Element;
    expect(elementsMatching(box, (e) => (e.getAttribute('class') ?? '').includes('bio'), 8)).toEqual(
      Array.from(box.querySelectorAll('[class*="bio"]')),
    );
  });

  test('holds a heading: what querySelector finds', () => {
    const doc = load(randomTree(11, 200));
    const names = new Set(['h2', 'h6']);
    for (const el of Array.from(doc.body.querySelectorAll('*')))
      expect(holdsNamed(el, names)).toBe(el.querySelector('h2, h6') !== null);
  });

  test('closest by name: what closest() finds', () => {
    const doc = load(randomTree(7, 200));
    for (const el of Array.from(doc.body.querySelectorAll('*')))
      for (const name of ['article', 'li', 'a']) expect(closestNamed(el, name)).toBe(el.closest(name));
  });
});

describe('answers kept during one reading', () => {
  test('worked out once during a reading, again outside one', () => {
    let calls = 0;
    const double = remembered((n: number) => {
      calls++;
      return 2 * n;
    });
    duringOneReading(() => {
      expect(double(2) + double(2) + double(3)).toBe(14);
    });
    expect(calls).toBe(2);
    expect(double(2)).toBe(4);
    duringOneReading(() => double(2));
    expect(calls).toBe(4);
  });

  test('an answer found another way is kept for the reading only', () => {
    let calls = 0;
    const double = remembered((n: number) => {
      calls++;
      return 2 * n;
    });
    duringOneReading(() => {
      double.know(5, 10);
      expect(double(5)).toBe(10);
    });
    expect(calls).toBe(0);
    double.know(5, 99); // outside a reading: not kept
    expect(double(5)).toBe(10);
    expect(calls).toBe(1);
  });
});
