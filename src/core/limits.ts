/**
 * How much of a page Lede reads. A real article, even a very long one, is far below these;
 * a page built to hurt (megabytes of text, a paragraph of 100,000 characters) is cut, and the
 * card says so. The content script sends no more than this and the analysis reads no more,
 * so a page cannot make either side work without bound.
 */
import type { ArticleText, Block } from './types';
import { countWords } from './segment/tokens';

/** Characters of article text analysed: about 50,000 words of English. */
export const MAX_ARTICLE_CHARS = 300_000;
/** Characters of one block: a paragraph is far shorter; a longer one is cut. */
export const MAX_BLOCK_CHARS = 20_000;

/**
 * The article as Lede reads it: blocks in order until MAX_ARTICLE_CHARS, each at most
 * MAX_BLOCK_CHARS (cut at a space where there is one), with `cut` recording the words of the
 * whole when anything was left out. An article already cut keeps its first record.
 */
export function capArticle(article: ArticleText): ArticleText {
  let total = 0;
  let over = false;
  const blocks: Block[] = [];
  for (const b of article.blocks) {
    if (total >= MAX_ARTICLE_CHARS) {
      over = true;
      break;
    }
    const room = Math.min(MAX_BLOCK_CHARS, MAX_ARTICLE_CHARS - total);
    if (b.text.length > room) {
      over = true;
      blocks.push({ ...b, text: cutAtSpace(b.text, room) });
    } else {
      blocks.push(b);
    }
    total += blocks[blocks.length - 1]?.text.length ?? 0;
  }
  if (!over) return article;
  const totalWords = article.cut?.totalWords ?? article.blocks.reduce((n, b) => n + countWords(b.text), 0);
  return { ...article, blocks, cut: { totalWords } };
}

function cutAtSpace(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max * 0.8 ? space : max);
}
