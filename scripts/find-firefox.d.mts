/** Types for find-firefox.mjs, so TypeScript (tests/e2e/firefox*.spec.ts) can import it. */
export declare const FIREFOX_INSTALL_HINT: string;
export interface FoundFirefox {
  path: string;
  version: string;
  major: number;
}
export declare function findFirefoxes(): FoundFirefox[];
export declare function findFirefox(): string | null;
