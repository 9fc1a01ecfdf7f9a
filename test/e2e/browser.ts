// What the playground's browser tests share: the build, a static server for docs/playground on
// 127.0.0.1, Debian's Chromium driven by playwright-core, and a log of every request the page makes.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const root = join(import.meta.dirname, "..", "..");
export const playground = join(root, "docs", "playground");
export const results = join(root, "test-results");
const CHROMIUM = "/usr/bin/chromium";
// The flags Chromium needs on this project's machines (closed network, root, no GPU); a fresh profile each launch.
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Skipped only when /usr/bin/chromium is absent and CI is not set; under CI the tests always run. */
export const skip = !existsSync(CHROMIUM) && !process.env["CI"];
if (skip) console.warn(`Skipping the playground's browser tests: ${CHROMIUM} is absent (install Debian's chromium package; with CI set, they run and fail instead).`);

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".map": "application/json", ".css": "text/css" };

/** Builds the page (docs/playground/dist/playground.js). */
export const buildPlayground = () => execFileSync(process.execPath, [join(root, "scripts", "build-playground.mjs")], { cwd: root, stdio: "pipe" });

/** A static file server for docs/playground on 127.0.0.1, on a free port. */
export function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(playground, path === "/" ? "index.html" : path));
    if (!file.startsWith(playground + sep) || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

/** A page that records its errors and every request it makes (to check that none leaves the page's own files). */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const errors: string[] = [];
  const requests: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, errors, requests };
}

/** Text with no-break spaces made plain, for comparing French figures ("1 271,57 €"). */
export const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

/** Presses Tab until the element `id` has the focus: proves it is reachable with the keyboard alone. */
export async function tabTo(page: Page, id: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} not reached with ${limit} presses of Tab`);
}

// Evaluated in the page as strings: these test files are type-checked without the DOM's types.

/** The id of the focused element. */
export const activeId = (page: Page) => page.evaluate("document.activeElement?.id") as Promise<string | undefined>;

/** The focused text area's selection: its start and the text selected. */
export const selection = (page: Page) =>
  page.evaluate("(() => { const t = document.activeElement; return { id: t.id, start: t.selectionStart, text: t.value.slice(t.selectionStart, t.selectionEnd) }; })()") as Promise<{ id: string; start: number; text: string }>;

/** The text of the option chosen in a list. */
export const chosenOption = (page: Page, id: string) => page.evaluate(`document.getElementById(${JSON.stringify(id)}).selectedOptions[0]?.textContent`) as Promise<string | undefined>;

/** The page's text as read, without its JSON (in pre, code and textarea elements), with every list's options. */
export const readableText = (page: Page) =>
  page.evaluate(
    `(() => { const c = document.body.cloneNode(true); for (const e of c.querySelectorAll("pre, code, textarea, script")) e.remove(); return c.textContent + "\\n" + [...document.querySelectorAll("option")].map((o) => o.textContent).join("\\n"); })()`,
  ) as Promise<string>;

/** A playground session for a test file: built, served, opened in Chromium before the tests; closed after them. */
export function usePlayground() {
  const session = {} as { browser: Browser; server: Server; url: string; page: Page; errors: string[]; requests: string[] };
  beforeAll(async () => {
    buildPlayground();
    const { server, url } = await serve();
    const browser = await launch();
    Object.assign(session, { server, url, browser }, await openPage(browser, url));
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((resolve) => (session.server ? session.server.close(resolve) : resolve(undefined)));
  });
  return session;
}
