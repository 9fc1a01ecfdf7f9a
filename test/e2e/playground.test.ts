// End-to-end test of the playground (docs/playground/): builds it, serves it over http on 127.0.0.1,
// and drives it in headless Chromium (Debian's `chromium` at /usr/bin/chromium, through
// playwright-core): every example loads and shows its diagnostics, legal minimum and JSON-LD; an
// edited example shows a French structure diagnostic, then English after the language switch; the
// page also works from file://. Saves a screenshot to test-results/playground.png.
// Skipped only when /usr/bin/chromium is absent and CI is not set; under CI it always runs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const playground = join(root, "docs", "playground");
const CHROMIUM = "/usr/bin/chromium";
// The flags Chromium needs on this project's machines (closed network, root, no GPU).
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`Skipping the playground's browser test: ${CHROMIUM} is absent (install Debian's chromium package; with CI set, the test runs and fails instead).`);

const EXAMPLES = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => f.replace(/\.json$/, ""));

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".map": "application/json", ".css": "text/css" };

/** A static file server for docs/playground on 127.0.0.1, on a free port. */
function serve(): Promise<{ server: Server; url: string }> {
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

/** Text with no-break spaces made plain, for comparing French figures ("619,83 €"). */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

describe.skipIf(skip)("playground in headless Chromium", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, "scripts", "build-playground.mjs")], { cwd: root, stdio: "pipe" });
    ({ server, url } = await serve());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => void (message.type() === "error" && pageErrors.push(message.text())));
    await page.goto(url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function loadExample(id: string) {
    await page.selectOption("#example", id);
    await expect.poll(() => page.inputValue("#posting")).not.toBe("");
    await expect.poll(() => page.locator("#status").textContent()).not.toBe("");
  }

  it("opens in French, with the six examples to load", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.textContent("#validate")).toBe("Valider");
    expect(await page.textContent("h1")).toBe("ess-jobs : bac à sable");
    const options = await page.$$eval("#example option", (os) => os.map((o) => o.getAttribute("value")).filter(Boolean));
    expect(options).toEqual(EXAMPLES);
  });

  it("loads each example and shows its diagnostics, legal minimum and JSON-LD", async () => {
    await page.fill("#date", "");
    for (const id of EXAMPLES) {
      await loadExample(id);
      const status = await page.textContent("#status");
      expect(status, id).toMatch(/^Offre (valide|invalide)/);
      const rows = await page.$$eval("#diagnostics tbody tr", (trs) => trs.map((tr) => ({ code: tr.getAttribute("data-code"), path: tr.getAttribute("data-path") })));
      const minima = await page.$$eval("#minimum .minimum", (ms) => ms.map((m) => m.getAttribute("data-kind")));
      expect(minima.length, `${id}: one legal minimum per contract`).toBeGreaterThan(0);
      const jsonLd = JSON.parse((await page.textContent("#jsonld")) || "null");
      expect(jsonLd?.["@type"], `${id}: JSON-LD`).toBe("JobPosting");
      if (id === "labo-ess-2023") {
        expect(rows).toContainEqual({ code: "posting/undated", path: "/dates/posted" });
        const message = await page.textContent('#diagnostics tr[data-code="posting/undated"] .message');
        expect(message).toContain("L'offre n'est pas datée");
        // The rule's title and its legal source are shown with the diagnostic.
        const rule = await page.textContent('#diagnostics tr[data-code="posting/undated"] .rule');
        expect(rule).toMatch(/Code du travail/);
        expect(minima).toEqual(["smic"]);
        expect(plain(await page.textContent("#minimum .amount"))).toMatch(/€ brut par mois/);
      }
      if (id === "we-co-2015" || id === "la-tresse-2024") expect(minima).toEqual(["none"]);
    }
  }, 120_000);

  it("shows the CGA service civique's indemnity at a pinned reference date", async () => {
    await page.fill("#date", "2024-06-01");
    await loadExample("cga-service-civique");
    const block = page.locator('#minimum .minimum[data-kind="service-civique-indemnity"]');
    expect(await block.count()).toBe(1);
    expect(plain(await block.locator(".amount").textContent())).toContain("619,83 € net par mois");
    expect(plain(await block.locator(".steps").textContent())).toContain("504,98 € + prestation minimale de la structure d'accueil 114,85 € = 619,83 €");
    await page.fill("#date", "");
  }, 60_000);

  it("reports a missing title in French, then in English after the language switch", async () => {
    await loadExample("labo-ess-2023");
    await page.locator("#date").blur();
    // The artefact: the Labo de l'ESS posting, its French diagnostics, legal minimum and JSON-LD.
    mkdirSync(join(root, "test-results"), { recursive: true });
    await page.screenshot({ path: join(root, "test-results", "playground.png"), fullPage: true });
    const posting = JSON.parse(await page.inputValue("#posting"));
    delete posting.title;
    await page.fill("#posting", JSON.stringify(posting, null, 2));
    await page.click("#validate");
    const row = page.locator('#diagnostics tr[data-code="structure/required"][data-path="/title"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator(".message").textContent()).toBe("Le champ « title » est obligatoire.");
    expect(await page.textContent("#status")).toMatch(/^Offre invalide : 1 erreur/);

    await page.click("#lang-en");
    await expect.poll(() => row.locator(".message").textContent()).toBe('The field "title" is required.');
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#validate")).toBe("Validate");
    expect(await page.textContent("#status")).toMatch(/^Invalid posting: 1 error/);
    expect(await page.getAttribute("#lang-en", "aria-pressed")).toBe("true");
    await page.click("#lang-fr");
  }, 60_000);

  it("works from file:// too, with no server", async () => {
    const local = await browser.newPage();
    await local.goto(pathToFileURL(join(playground, "index.html")).href);
    await local.selectOption("#example", "metropop-emploi-tremplin");
    await expect.poll(() => local.locator('#diagnostics tr[data-code="pay/below-smic"]').count()).toBeGreaterThan(0);
    await local.close();
  }, 60_000);

  it("raised no error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
