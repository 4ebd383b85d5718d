/** Types of scripts/package.mjs, for the tests that import it. */
export declare const GECKO_ID: string;
export declare const FIREFOX_MIN: string;
export declare function firefoxManifest(chrome: Record<string, unknown>): Record<string, unknown> & {
  background: { scripts: string[]; type: string };
};
export declare function writeFirefoxBuild(from: string, to: string): void;
