/**
 * A tiny element builder. Text always goes in as text nodes, never as HTML: page strings
 * (titles, names, sentences) are untrusted. `h` builds in the global document (Lede's own
 * pages); `hIn(doc)` in a given one (the content script's card, tests).
 */
type Child = Node | string | null | undefined | false;

export type ElementBuilder = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string | boolean | undefined>,
  ...children: (Child | Child[])[]
) => HTMLElementTagNameMap[K];

export function hIn(doc: Document): ElementBuilder {
  return (tag, attrs = {}, ...children) => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === false) continue;
      el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
    }
    return el;
  };
}

export const h: ElementBuilder = (tag, attrs, ...children) => hIn(document)(tag, attrs, ...children);
