/**
 * Follows a page that changes under the reader: single-page-app navigation (the Navigation
 * API where there is one, else History events and URL checks) and article text that
 * arrives, goes or is replaced late (a MutationObserver). Changes are debounced, with a
 * ceiling so that a page that never stops mutating is still looked at now and then. The
 * watcher only reports; deciding whether the article changed is the caller's job.
 */

export interface PageWatcherOptions {
  signal: AbortSignal;
  /** Quiet time after the last change before reporting. */
  debounceMs?: number;
  /** Longest a stream of changes can delay a report. */
  maxWaitMs?: number;
  /** Called after changes settle; `navigated` when the URL changed since the last call. */
  onChange(navigated: boolean): void;
}

interface NavigationLike extends EventTarget {
  readonly currentEntry?: unknown;
}

export function watchPage(win: Window, options: PageWatcherOptions): void {
  const { signal, onChange, debounceMs = 400, maxWaitMs = 2000 } = options;
  const doc = win.document;
  let lastUrl = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const fire = (): void => {
    timer = undefined;
    firstPending = 0;
    if (signal.aborted) return;
    const url = win.location.href;
    const navigated = url !== lastUrl;
    lastUrl = url;
    onChange(navigated);
  };
  const schedule = (): void => {
    if (signal.aborted) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', schedule, { signal });
  win.addEventListener('popstate', schedule, { signal });
  win.addEventListener('hashchange', schedule, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
