/// <reference types="vite/client" />

/** True in the test build (`npm run build:test`), false in the shipped one. */
declare const __LEDE_TEST__: boolean;

/** crxjs: the output path of a script built for `chrome.scripting.executeScript`. */
declare module '*?script&iife' {
  const path: string;
  export default path;
}

declare module '*.bin?url' {
  const url: string;
  export default url;
}
