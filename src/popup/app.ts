/**
 * The popup app: asks for the target tab's analysis and shows one of its states: analysing,
 * the card, not an article (with "annotate anyway"), a page Lede may not read, or an error
 * with retry.
 */
import type { TabState } from '../shared/messages';
import type { PopupActions } from './actions';
import { renderCard } from './card';
import { h } from '../shared/dom';
import { formatCard } from '../core/report/format-card';
import type { Analysis } from '../core/types';
import { errorMessage } from '../shared/error-message';
import { t } from '../shared/i18n';

/** The article's text for a summariser: its paragraphs, at most about 4,000 words. */
function articleText(a: Analysis): string {
  const text = a.blocks
    .filter((b) => b.kind !== 'caption' && b.kind !== 'cell')
    .map((b) => b.text)
    .join('\n\n');
  return text.length > 24_000 ? text.slice(0, 24_000) : text;
}

/** Longest wait for a page's analysis before the popup offers to try again. */
export const ANALYSIS_TIMEOUT_MS = 30_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('popupTooSlow'))), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function startPopup(root: HTMLElement, actions: PopupActions, now: () => Date): Promise<void> {
  const show = (...nodes: Node[]): void => {
    root.replaceChildren(...nodes);
    root.setAttribute('aria-busy', 'false');
    root.dataset['state'] = (nodes[0] as HTMLElement | undefined)?.dataset?.['state'] ?? '';
  };
  const message = (state: string, title: string, text: string, ...extra: Node[]): HTMLElement =>
    h('section', { class: 'state', 'data-state': state }, h('h1', {}, title), h('p', {}, text), ...extra);

  const failed = (e: unknown, force: boolean): void => {
    const retry = h('button', { type: 'button', class: 'primary' }, t('popupTryAgain'));
    retry.addEventListener('click', () => void load(force));
    show(message('error', t('popupErrorTitle'), errorMessage(e), retry));
  };

  /** Every failure ends in the error state with a retry: the popup never stays on "Reading…". */
  const load = async (force: boolean): Promise<void> => {
    try {
      await render(force);
    } catch (e) {
      failed(e, force);
    }
  };

  const render = async (force: boolean): Promise<void> => {
    root.setAttribute('aria-busy', 'true');
    root.replaceChildren(message('analysing', t('popupReadingTitle'), t('popupReadingText')));
    root.dataset['state'] = 'analysing';
    const tabId = await actions.targetTab();
    if (tabId === null) {
      show(message('restricted', t('popupNoPageTitle'), t('popupNoPageText')));
      return;
    }
    let state: TabState;
    try {
      state = await withTimeout(actions.analyse(tabId, force), ANALYSIS_TIMEOUT_MS);
    } catch (e) {
      state = { status: 'error', message: errorMessage(e) };
    }
    switch (state.status) {
      case 'ready': {
        const [settings, origin] = await Promise.all([actions.getSettings(), actions.tabOrigin(tabId)]);
        const a = state.analysis;
        show(
          renderCard(a, {
            now: now(),
            settings,
            origin,
            onSettings: (patch) => void actions.updateSettings(patch),
            onAutoSite: (site, on) => actions.setAutoSite(site, on),
            onReveal: (span) => actions.reveal(tabId, span),
            onExport: (format) =>
              actions.copy(format === 'md' ? formatCard(a, 'md') : JSON.stringify(a, null, 2) + '\n'),
            onOpenOptions: () => actions.openOptions(),
            preview: settings.wikipediaPreviews ? (name) => actions.wikiPreview(name) : undefined,
            summary:
              settings.summaryEngine === 'chrome'
                ? { engine: 'chrome', text: actions.chromeSummary(articleText(a), a.meta.title ?? '') }
                : { engine: 'lede' },
          }),
        );
        // For the browser tests and anyone profiling: when the card was on screen.
        performance.mark('lede-card-ready');
        break;
      }
      case 'not-article': {
        const anyway = h('button', { type: 'button', class: 'primary' }, t('popupAnnotateAnyway'));
        anyway.addEventListener('click', () => void load(true));
        show(message('not-article', t('popupNotArticleTitle'), state.reason, anyway));
        anyway.focus();
        break;
      }
      case 'restricted':
        show(message('restricted', t('popupRestrictedTitle'), t('popupRestrictedText')));
        break;
      case 'error':
        failed(new Error(state.message), force);
        break;
    }
  };
  await load(false);
}
