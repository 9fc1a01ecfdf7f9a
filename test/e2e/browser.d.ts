import { type Server } from "node:http";
import { type Browser, type Page } from "playwright-core";
export declare const root: string;
export declare const playground: string;
export declare const results: string;
/** Skipped only when /usr/bin/chromium is absent and CI is not set; under CI the tests always run. */
export declare const skip: boolean;
/** Builds the page (docs/playground/dist/playground.js). */
export declare const buildPlayground: () => NonSharedBuffer;
/** A static file server for docs/playground on 127.0.0.1, on a free port. */
export declare function serve(): Promise<{
    server: Server;
    url: string;
}>;
export declare const launch: () => Promise<Browser>;
/** A page that records its errors and every request it makes (to check that none leaves the page's own files). */
export declare function openPage(browser: Browser, url: string): Promise<{
    page: Page;
    errors: string[];
    requests: string[];
}>;
/** Text with no-break spaces made plain, for comparing French figures ("1 271,57 €"). */
export declare const plain: (text: string | null) => string;
/** Presses Tab until the element `id` has the focus: proves it is reachable with the keyboard alone. */
export declare function tabTo(page: Page, id: string, limit?: number): Promise<void>;
/** The id of the focused element. */
export declare const activeId: (page: Page) => Promise<string | undefined>;
/** The focused text area's selection: its start and the text selected. */
export declare const selection: (page: Page) => Promise<{
    id: string;
    start: number;
    text: string;
}>;
/** The text of the option chosen in a list. */
export declare const chosenOption: (page: Page, id: string) => Promise<string | undefined>;
/** The page's text as read, without its JSON (in pre, code and textarea elements), with every list's options. */
export declare const readableText: (page: Page) => Promise<string>;
/** A playground session for a test file: built, served, opened in Chromium before the tests; closed after them. */
export declare function usePlayground(): {
    browser: Browser;
    server: Server;
    url: string;
    page: Page;
    errors: string[];
    requests: string[];
};
