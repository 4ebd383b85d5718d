/**
 * What to say about a failure: an Error's message, or the thrown value as text (a rejected
 * promise or a polyfill may throw a string). Pure, so the article stage and the command line
 * use it too.
 */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
