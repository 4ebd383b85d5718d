/**
 * Opens Lede's real action popup (`chrome.action.openPopup()`) and drives it over the
 * Chrome DevTools Protocol: Playwright does not expose the popup as a page.
 */
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import type { Page } from 'playwright-core';

export interface PopupHandle {
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; returns its value. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function openPopup(context: BrowserContext, sw: Worker, page: Page): Promise<PopupHandle> {
  await page.bringToFront();
  const popupPath = await sw.evaluate(() => chrome.runtime.getManifest().action?.default_popup ?? '');
  const browser = context.browser();
  if (!browser) throw new Error('no browser for this context');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  // Any popup left open from an earlier step is closed first, so the new one is found.
  const before = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  for (const t of before.targetInfos) {
    if (t.type === 'page' && t.url.includes(popupPath)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  }
  await sw.evaluate(() => chrome.action.openPopup());
  let target: TargetInfo | undefined;
  for (let i = 0; i < 100 && !target; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.type === 'page' && t.url.includes(popupPath));
    if (!target) await new Promise((r) => setTimeout(r, 50));
  }
  if (!target) throw new Error('the popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<
    number,
    (reply: { result?: { result?: { value?: unknown }; exceptionDetails?: unknown }; error?: unknown }) => void
  >();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply as never);
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = nextId++;
    const reply = await new Promise<{
      result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
      error?: unknown;
    }>((resolve, reject) => {
      // A popup that lost focus has closed and will never answer.
      const timer = setTimeout(() => reject(new Error(`the popup did not answer: ${expression}`)), 10_000);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({
          id,
          method: 'Runtime.evaluate',
          params: { expression, returnByValue: true, awaitPromise: true },
        }),
      });
    });
    pending.delete(id);
    if (reply.error || reply.result?.exceptionDetails) {
      throw new Error(`popup evaluate failed: ${JSON.stringify(reply.error ?? reply.result?.exceptionDetails)}`);
    }
    return reply.result?.result?.value as T;
  };
  return {
    evaluate,
    async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate<T>(expression).catch(() => undefined);
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
