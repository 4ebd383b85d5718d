/** A button that scrolls the page to a stretch of the article and flashes it. */
import { h } from '../../shared/dom';
import type { CardOptions, RevealTarget } from '../card-options';

export function revealButton(
  cls: string,
  label: string,
  options: CardOptions,
  target: RevealTarget,
  ...children: (Node | string)[]
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: cls, 'aria-label': label }, ...children);
  button.addEventListener('click', () => void options.onReveal(target()));
  return button;
}
