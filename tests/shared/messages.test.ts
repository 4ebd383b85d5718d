import { describe, expect, test } from 'vitest';
import { isBackgroundRequest, isContentRequest, isWorkerRequest } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, parseSettings, visibleTypes } from '../../src/shared/settings';

describe('message validation', () => {
  test.each([
    [{ type: 'lede/ping' }, true],
    [{ type: 'lede/get-analysis' }, true],
    [{ type: 'lede/analyse' }, true],
    [{ type: 'lede/analyse', force: true }, true],
    [{ type: 'lede/analyse', force: 'yes' }, false],
    [{ type: 'lede/unknown' }, false],
    ['lede/ping', false],
    [null, false],
  ])('isContentRequest(%j) = %j', (msg, ok) => {
    expect(isContentRequest(msg)).toBe(ok);
  });

  test.each([
    [{ type: 'lede/analyse-tab', tabId: 4 }, true],
    [{ type: 'lede/analyse-tab', tabId: 4, force: false }, true],
    [{ type: 'lede/analyse-tab', tabId: '4' }, false],
    [{ type: 'lede/analyse-tab' }, false],
    [{ type: 'lede/ping' }, false],
  ])('isBackgroundRequest(%j) = %j', (msg, ok) => {
    expect(isBackgroundRequest(msg)).toBe(ok);
  });

  test('settings fall back to defaults on bad stored values', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ highlightsVisible: 'no' }).highlightsVisible).toBe(true);
    expect(parseSettings({ highlightsVisible: false }).highlightsVisible).toBe(false);
    expect(parseSettings({}).quoteSpeakers).toBe(false);
    expect(parseSettings({ quoteSpeakers: 'yes' }).quoteSpeakers).toBe(false);
    expect(parseSettings({ quoteSpeakers: true }).quoteSpeakers).toBe(true);
    const odd = parseSettings({
      types: { date: false, org: 'no', bogus: false },
      sites: { a: { hidden: true }, b: 3 },
    });
    expect(odd.types).toEqual({ ...DEFAULT_SETTINGS.types, date: false });
    expect(odd.sites).toEqual({ a: { hidden: true } });
  });

  test('what a page shows: all off, the site hidden, or the types switched on', () => {
    const s = parseSettings({ types: { date: false }, sites: { 'https://a.example': { hidden: true } } });
    expect([...visibleTypes(s, 'https://b.example')]).toEqual(['person', 'org', 'place', 'other']);
    expect(visibleTypes(s, 'https://a.example').size).toBe(0);
    expect(visibleTypes({ ...s, highlightsVisible: false }, 'https://b.example').size).toBe(0);
  });

  test('an article for the service worker: blocks numbered in increasing order, known kinds, namesOnly a boolean', () => {
    const article = {
      meta: {},
      blocks: [
        { id: 0, kind: 'heading', text: 'Title' },
        { id: 1, kind: 'paragraph', text: 'Text.' },
      ],
      isArticle: true,
      reason: 'ok',
    };
    expect(isWorkerRequest({ type: 'lede/analyse-article', article })).toBe(true);
    expect(isWorkerRequest({ type: 'lede/analyse-article', article, namesOnly: true })).toBe(true);
    expect(isWorkerRequest({ type: 'lede/analyse-article', article, namesOnly: 'yes' })).toBe(false);
    const shuffled = { ...article, blocks: [...article.blocks].reverse() };
    expect(isWorkerRequest({ type: 'lede/analyse-article', article: shuffled })).toBe(false);
    // A stretch of the article (the part on screen, read first) keeps the article's numbers.
    const stretch = {
      ...article,
      blocks: [
        { id: 4, kind: 'paragraph', text: 'A.' },
        { id: 5, kind: 'quote', text: 'B.' },
      ],
    };
    expect(isWorkerRequest({ type: 'lede/analyse-article', article: stretch })).toBe(true);
    const fractional = { ...article, blocks: [{ id: 0.5, kind: 'paragraph', text: 'A.' }] };
    expect(isWorkerRequest({ type: 'lede/analyse-article', article: fractional })).toBe(false);
    const odd = { ...article, blocks: [{ id: 0, kind: 'script', text: 'x' }] };
    expect(isWorkerRequest({ type: 'lede/analyse-article', article: odd })).toBe(false);
  });
});
