import { describe, expect, it } from 'vitest';
import { charAt, codeAt } from '../../src/core/entities/chars';

describe('chars: a character of the text, never read outside it', () => {
  it('gives what charAt and charCodeAt give inside the text', () => {
    const text = 'Mr. Müller’s';
    for (let i = 0; i < text.length; i++) {
      expect(charAt(text, i)).toBe(text.charAt(i));
      expect(codeAt(text, i)).toBe(text.charCodeAt(i));
    }
  });

  it('gives an empty string and NaN before and after it, as the built-ins do', () => {
    for (const i of [-2, -1, 3, 4]) {
      expect(charAt('abc', i)).toBe('abc'.charAt(i));
      expect(codeAt('abc', i)).toBeNaN();
    }
    expect(charAt('', 0)).toBe('');
    expect(codeAt('', 0)).toBeNaN();
  });
});
