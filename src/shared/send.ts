/**
 * How every context sends: one generic messenger, typed by the receiver's call map (see
 * messages.ts), so each request is answered with its own response type and a request the
 * receiver does not take does not compile. The receiver checks what arrives all the same.
 */
import browser from 'webextension-polyfill';
import type { BackgroundCalls, CallMap, ContentCalls, Message, Send, WorkerCalls } from './messages';

/**
 * A sender over a transport. The one cast of the protocol: what comes back is the answer the
 * receiver's handler map promises for this call (the receiver is Lede's own code).
 */
export function messenger<Calls extends CallMap>(post: (message: unknown) => Promise<unknown>): Send<Calls> {
  return async <K extends keyof Calls & string>(request: Message<Calls, K>) => (await post(request)) as Calls[K]['res'];
}

/** To the content script in a tab (from the service worker or the popup). */
export const sendToTab = <K extends keyof ContentCalls & string>(
  tabId: number,
  request: Message<ContentCalls, K>,
): Promise<ContentCalls[K]['res']> => messenger<ContentCalls>((m) => browser.tabs.sendMessage(tabId, m))(request);

/** To the service worker, from Lede's pages (the popup). */
export const sendToBackground: Send<BackgroundCalls> = messenger((m) => browser.runtime.sendMessage(m));

/** To the service worker, from the content script. */
export const sendToWorker: Send<WorkerCalls> = messenger((m) => browser.runtime.sendMessage(m));
