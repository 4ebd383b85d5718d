/**
 * The service worker's front door: who may ask what. Only Lede's own contexts are answered:
 * its content script (this extension's id, in a tab) asks for analysis and previews; its
 * pages (the popup: this extension's id and a URL inside it, no tab) for a tab's reading and
 * previews. Web pages cannot reach the listener at all (no externally_connectable); what
 * Lede's contexts send is checked against the call map of its sender before a handler sees it.
 * (Lede's pages may also be open in a tab: the URL decides.)
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
  // Lede's pages are told apart by their URL, not by the absence of a tab: a page opened as a
  // tab (the options page; the popup page in Firefox tests) comes with one.
  const isOwnPage = (sender: Runtime.MessageSender): boolean => (sender.url ?? '').startsWith(options.extensionUrl);
  return (message, sender) => {
    if (sender.id !== options.extensionId) return Promise.reject(new Error(STRANGER));
    if (isOwnPage(sender)) return fromPages(message, sender);
    if (sender.tab !== undefined) return fromScripts(message, sender as ScriptSender);
    return Promise.reject(new Error(STRANGER));
  };
}
