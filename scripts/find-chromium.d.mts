/** Types for find-chromium.mjs, so TypeScript (playwright.config.ts, tests/e2e) can import it. */
export declare const INSTALL_HINT: string;
export declare function findChromium(): string | null;
