/**
 * The WHATWG text codecs, which every runtime the core runs in has (browsers, service
 * workers, Node). Declared here because the core compiles without the DOM library.
 */
declare class TextDecoder {
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
