/**
 * Opens Lede's real action popup (`chrome.action.openPopup()`) and drives it over the
 * Chrome DevTools Protocol: Playwright does not expose the popup as a page, so commands go
 * to its target through a browser session (non-flat `Target.sendMessageToTarget`).
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

export interface PopupHandle {
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; returns its value. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  /** A PNG of the popup as rendered. */
  screenshot(): Promise<Buffer>;
  /** A DevTools Protocol command to the popup (e.g. Emulation.setEmulatedMedia). */
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface Reply {
  result?: { result?: { value?: unknown }; exceptionDetails?: unknown; data?: string };
  error?: unknown;
}

export async function openPopup(context: BrowserContext, sw: Worker, page: Page): Promise<PopupHandle> {
  await page.bringToFront();
  const popupPath = await sw.evaluate(() => chrome.runtime.getManifest().action?.default_popup ?? '');
  const browser = context.browser();
  if (!browser) throw new Error('no browser for this context');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const popups = async (): Promise<TargetInfo[]> => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.filter((t) => t.type === 'page' && t.url.includes(popupPath));
  };
  // A popup left open by an earlier step is closed first, so the new one is the one found.
  for (const t of await popups()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  await sw.evaluate(() => chrome.action.openPopup());
  let target: TargetInfo | undefined;
  for (let i = 0; i < 100 && !target; i++) {
    target = (await popups())[0];
    if (!target) await new Promise((r) => setTimeout(r, 50));
  }
  if (!target) throw new Error('the popup did not open');
  const targetId = target.targetId;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };

  let nextId = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply & { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });

  const call = (method: string, params: Record<string, unknown>): Promise<Reply> => {
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      // A popup that lost focus has closed and will never answer.
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`the popup did not answer ${method}`));
      }, 10_000);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(reply);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  };

  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await call('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
      // As a click would be: some APIs (permissions.request) need a user gesture.
      userGesture: true,
    });
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
    async send(method, params = {}) {
      const reply = await call(method, params);
      if (reply.error) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
      return reply.result;
    },
    async screenshot() {
      const reply = await call('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(reply.result?.data ?? '', 'base64');
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/**
 * The popup opened as a page in its own tab, about `article`'s tab: the documented
 * `?tabId=` route for debugging and tests. Unlike the real popup it is a Playwright page
 * (it can be clicked, hovered, tabbed through and sized).
 */
export async function openPopupPage(context: BrowserContext, sw: Worker, article: Page): Promise<Page> {
  await article.bringToFront();
  const tabId = await sw.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
  );
  const popupPath = await sw.evaluate(() => chrome.runtime.getManifest().action?.default_popup ?? '');
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 760 });
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/${popupPath}?tabId=${tabId}`);
  return page;
}
