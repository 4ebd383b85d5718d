/**
 * A real button that shows a list's hidden items in place and hides them again ("+5 more",
 * "Show all 12 dates"): its text, its spoken name and `aria-expanded` follow each click.
 */
import { h } from '../../shared/dom';

export interface ShowMoreText {
  /** The button's text while the items are hidden, and (optional) its fuller spoken name. */
  closed: string;
  closedLabel?: string;
  /** Its text while they show. */
  open: string;
}

export function showMoreButton(
  hidden: readonly HTMLElement[],
  className: string,
  text: ShowMoreText,
  onToggle?: (open: boolean) => void,
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: className, 'aria-expanded': 'false', 'aria-label': text.closedLabel },
    text.closed,
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    for (const item of hidden) item.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? text.open : text.closed;
    if (text.closedLabel !== undefined) {
      if (open) button.removeAttribute('aria-label');
      else button.setAttribute('aria-label', text.closedLabel);
    }
    onToggle?.(open);
  });
  return button;
}
