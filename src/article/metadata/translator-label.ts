/**
 * A translator credited in a block of its own beside the writer's, under a label of its own
 * ("<p>Author</p><ul><li>Ana Lima</li></ul> <p>Translator</p><ul><li>Tom Ortega</li></ul>",
 * InfoQ's Japanese edition's "作者：" and "翻訳者"): the translator is no author, like an
 * editor. Reads the labels that come before a name, a few levels up (no container's text).
 */

/** A translator's or a translation's label, the whole of its element's text, in the languages Lede reads and in Japanese, Chinese and Korean. */
const TRANSLATOR_LABEL =
  /^(?:translat(?:or|ors|ion|ed by)|interpreter|traduc(?:tor|tora|ción|ido por|ida por|teur|teurs|trice|tion|tion de|tion par|it par|ite par)|tradu(?:tor|tora|ção|zido por|zida por)|tradu(?:zione|zione di|ttore|ttrice|tto da|tta da)|übersetz(?:ung|ung von|er|erin|t von)|vertal(?:ing|er|ing door|d door)|翻訳者?|訳者|翻訳・編集|翻[译譯](?:者)?|[译譯]者|번역(?:자)?)\s?[:：]?$/iu;

/** Characters of a label, at most. */
const MAX_LABEL_CHARS = 40;
/** Levels climbed from a name for its label. */
const LABEL_LEVELS = 5;
/** Empty siblings (an avatar's link, an icon) passed over before a label. */
const MAX_SKIPPED = 3;

/**
 * Whether the label nearest before `el` (its own previous sibling with words, else its
 * parent's, up to `within`) names a translator.
 */
export function labelledTranslator(el: Element, within: Element | null = null): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && e !== within && depth < LABEL_LEVELS; e = e.parentElement, depth++) {
    let sib = e.previousElementSibling;
    for (let skipped = 0; sib && skipped <= MAX_SKIPPED; sib = sib.previousElementSibling, skipped++) {
      const text = (sib.textContent ?? '').trim();
      if (!text) continue;
      return text.length <= MAX_LABEL_CHARS && TRANSLATOR_LABEL.test(text.replace(/\s+/gu, ' '));
    }
  }
  return false;
}
