import { describe, expect, test } from 'vitest';
import { isBackgroundRequest, isContentRequest } from '../../src/shared/messages';
import { parseSettings } from '../../src/shared/settings';

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
    expect(parseSettings({})).toEqual({ highlightsVisible: true });
    expect(parseSettings({ highlightsVisible: 'no' })).toEqual({ highlightsVisible: true });
    expect(parseSettings({ highlightsVisible: false })).toEqual({ highlightsVisible: false });
  });
});
