/** The card's footer: copy as Markdown or JSON, and the options page. */
import { h } from '../../shared/dom';
import type { CardOptions, ExportFormat } from '../card-options';
import { CARD_STRINGS as S } from '../strings';

export function footerSection(options: CardOptions): HTMLElement {
  const status = h('span', { class: 'status', role: 'status' });
  const exporter = (format: ExportFormat, label: string): HTMLButtonElement => {
    const b = h('button', { type: 'button', class: `export-${format}` }, label);
    b.addEventListener('click', () => {
      void options.onExport(format).then((ok) => {
        status.textContent = ok ? S.copied(format === 'md' ? 'Markdown' : 'JSON') : S.clipboardRefused;
      });
    });
    return b;
  };
  const settings = h('button', { type: 'button', class: 'options' }, S.options);
  settings.addEventListener('click', () => options.onOpenOptions());
  return h('footer', {}, exporter('md', S.copyMarkdown), exporter('json', S.copyJson), settings, status);
}
