/**
 * CMS accounts credited as authors (issue 18): the account that posted a story ("quayside-staff",
 * "webquayside", a station's call sign run into initials, an e-mail address's user) is no
 * one's name, shown by the headline or only in the page's data. A newsroom's label alone
 * ("admin", "Staff") shown by the headline is the credit the page gives, shown with less
 * weight; only in the page's data, "admin" is the account, no credit. The page is written for
 * the project (tests/fixtures/pages/header/account-byline.html).
 */
import { describe, expect, test } from 'vitest';
import { cleanNames, isAccountName } from '../../src/article/metadata/byline';
import { UNSURE_BELOW } from '../../src/popup/sections/header';
import { fixture, headerOf, headerOfFixture } from './load';

const URL = 'https://quayside.example/2025/03/lanterns';
const page = fixture('header/account-byline.html');
const byline = (html: string): string[] => headerOf(html, URL).byline;

describe('a CMS account credited as the author', () => {
  test('an account shown after "By", in the tags and in JSON-LD is no author', () => {
    expect(byline(page)).toEqual([]);
  });

  test.each([
    ['a newsroom word glued to others', 'qn-webstaff'],
    ["a lower-case name opening with the site's", 'webquayside'],
    ["a station's call sign run into initials", 'KQNDJR'],
  ])('%s ("%s")', (_label, account) => {
    expect(byline(page.replace(/quayside-staff/gu, account))).toEqual([]);
  });

  test("the writer the page shows beside the account's data", () => {
    const html = page.replace('>quayside-staff</a>', '>Ana Lima</a>');
    expect(byline(html)).toEqual(['Ana Lima']);
  });

  test("an e-mail address after the name is no part of it, nor alone anyone's", () => {
    const shown = page.replace('>quayside-staff</a>', '>Ana Lima alima@quayside.example</a>');
    expect(byline(shown)).toEqual(['Ana Lima']);
    expect(byline(page.replace(/quayside-staff/gu, 'alima@quayside.example'))).toEqual([]);
  });

  test('"admin" only in the data is the account; shown after "By", the credit, with less weight', () => {
    const data = page.replace('>quayside-staff</a>', '></a>').replace(/quayside-staff/gu, 'admin');
    expect(byline(data)).toEqual([]);
    const shown = headerOf(page.replace(/quayside-staff/gu, 'admin'), URL);
    expect(shown.byline).toEqual(['admin']);
    expect(shown.confidence?.byline ?? 1).toBeLessThan(UNSURE_BELOW);
    expect(headerOfFixture('cms-account-tag.html').byline).toEqual([]);
  });
});

describe('isAccountName', () => {
  test.each([
    ['siteeditor', true],
    ['web-staff', true],
    ['newsdesk', true],
    ['KWCHCIK', true],
    // A newsroom's label alone, a one-word name, an agency, a station's own call sign.
    ['admin', false],
    ['Staff', false],
    ['doumae', false],
    ['Vortex', false],
    ['REUTERS', false],
    ['KQND', false],
    ['Ana Lima', false],
  ])('%s: %s', (name, account) => {
    expect(isAccountName(name)).toBe(account);
  });
});

describe('a date after the byline, set off by a separator', () => {
  test.each([
    ['By Ana Lima - March 3, 2025', ['Ana Lima']],
    ['By Ana Lima | 3/3/2025', ['Ana Lima']],
    ['By Ana Lima and Tom Ortega — 3 March 2025', ['Ana Lima', 'Tom Ortega']],
  ])('cleanNames(%j)', (input, names) => {
    expect(cleanNames(input)).toEqual(names);
  });
});
