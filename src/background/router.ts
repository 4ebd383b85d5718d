/**
 * The service worker's front door: who may ask what. Only Lede's own contexts are answered:
 * its pages (the popup: this extension's id and a URL inside it) ask for a tab's reading and
 * previews; its content script (this extension's id, in a tab, on a web page's URL) for
 * analysis and previews. A page of Lede's open in a tab (the popup opened as a page with
 * `?tabId=`, the documented route for debugging and tests) is still one of its pages: the
 * sender's URL, not whether it has a tab, tells them apart (a tab once sent it to the content
 * script's calls, which answered "unknown or malformed request"). Web pages cannot reach the
 * listener at all (no externally_connectable); what Lede's contexts send is checked against the call map of its sender before a handler sees it.
 */
import type { Runtime } from 'webextension-polyfill';
import {
  isBackgroundRequest,
  isWorkerRequest,
  serve,
  STRANGER,
  type BackgroundCalls,
  type Handlers,
  type WorkerCalls,
} from '../shared/messages';

/** A message from Lede's content script: it comes from a tab. */
export type ScriptSender = Runtime.MessageSender & { tab: NonNullable<Runtime.MessageSender['tab']> };

export interface RouterOptions {
  /** This extension's id (`runtime.id`). */
  extensionId: string;
  /** The URL of this extension's root (`runtime.getURL('')`): Lede's pages start with it. */
  extensionUrl: string;
  /** The calls of Lede's pages. */
  pages: Handlers<BackgroundCalls, Runtime.MessageSender>;
  /** The calls of Lede's content script. */
  scripts: Handlers<WorkerCalls, ScriptSender>;
}

/** The `runtime.onMessage` listener: an answer, or a refusal that says why. */
export function createRouter(
  options: RouterOptions,
): (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> {
  const fromPages = serve(isBackgroundRequest, options.pages);
  const fromScripts = serve(isWorkerRequest, options.scripts);
  const isOwnPage = (sender: Runtime.MessageSender): boolean => (sender.url ?? '').startsWith(options.extensionUrl);
  return (message, sender) => {
    if (sender.id !== options.extensionId) return Promise.reject(new Error(STRANGER));
    if (isOwnPage(sender)) return fromPages(message, sender);
    if (sender.tab !== undefined) return fromScripts(message, sender as ScriptSender);
    return Promise.reject(new Error(STRANGER));
  };
}
