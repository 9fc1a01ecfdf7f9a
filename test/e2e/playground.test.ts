// The playground (docs/playground/) in headless Chromium, over http and from file://: every example
// loads into the form and shows its diagnostics, legal minimum and JSON-LD; the SMIC is named by its
// effective date and amounts are written the French way; the JSON mode edits the same posting, reports
// syntax errors in French with line and column, and its diagnostics lead to their line; the English
// switch translates the page and the messages. The scenario of a posting written from scratch is in
// playgroundScenario.test.ts.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { activeId, openPage, plain, playground, readableText, root, selection, skip, usePlayground } from "./browser.js";

const EXAMPLES = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => f.replace(/\.json$/, ""));

describe.skipIf(skip)("playground in headless Chromium", () => {
  const session = usePlayground();
  let page: Page;
  beforeAll(() => void (page = session.page));

  async function loadExample(id: string) {
    await page.selectOption("#example", id);
    await expect.poll(() => page.locator("#json").textContent()).not.toBe("{}");
  }

  it("offers the examples to start from", async () => {
    const options = await page.$$eval("#example option", (os) => os.map((o) => o.getAttribute("value")).filter(Boolean));
    expect(options).toEqual(EXAMPLES);
  });

  it("loads each example into the form, with its diagnostics, legal minimum and JSON-LD", async () => {
    for (const id of EXAMPLES) {
      await loadExample(id);
      expect(await page.textContent("#status"), id).toMatch(/^Offre (valide|invalide)/);
      const minima = await page.$$eval("#minimum .minimum", (ms) => ms.map((m) => m.getAttribute("data-kind")));
      expect(minima.length, `${id}: one legal minimum per contract`).toBeGreaterThan(0);
      expect(JSON.parse((await page.textContent("#jsonld")) || "null")?.["@type"], `${id}: JSON-LD`).toBe("JobPosting");
      // The form shows the example: its title is in the title field.
      const posting = JSON.parse((await page.textContent("#json")) ?? "{}");
      expect(await page.inputValue("#f-title")).toBe(posting.title);
      if (id === "we-co-2015" || id === "la-tresse-2024") expect(minima).toEqual(["none"]);
    }
  }, 120_000);

  it("shows no English word on the French page, whatever the example", async () => {
    const english = /\b(the|and|of|with|is|are|required|cites|amount|posting|not|should|must|missing|add|remove)\b/gi;
    for (const id of EXAMPLES) {
      await loadExample(id);
      // The page's text as read, without the JSON (keys are code) and Google's brand name.
      const text = (await readableText(page)).replace(/Google for Jobs/g, "");
      expect([...new Set(text.match(english) ?? [])], id).toEqual([]);
    }
  }, 120_000);

  it("puts the Labo de l'ESS's undated-posting diagnostic beside the publication date, with its legal source", async () => {
    await loadExample("labo-ess-2023");
    const beside = page.locator('[data-path="/dates/posted"] > .field-diagnostics .diagnostic[data-code="posting/undated"]');
    expect(await beside.count()).toBe(1);
    expect(await beside.locator(".message").textContent()).toContain("L'offre n'est pas datée");
    expect(await beside.locator(".rule").textContent()).toMatch(/Code du travail/);
    // In the list, the path is a link that selects the field (opening its folded group).
    const link = page.locator('#diagnostics .diagnostic[data-code="posting/undated"] a.path');
    expect(await link.textContent()).toBe("Aller au champ « Dates › Date de publication »");
    await link.focus();
    await page.keyboard.press("Enter");
    expect(await activeId(page)).toBe("f-dates-posted");
  });

  it("names the SMIC by the date its value took effect and writes dates and amounts the French way", async () => {
    await loadExample("labo-ess-2023");
    await page.fill("#date", "17/07/2023");
    const block = page.locator('#minimum .minimum[data-kind="smic"]');
    // On 17 July 2023 the SMIC is the one of 1 May 2023: 11,52 € × 151,67 h = 1 747,20 € for 35 h.
    await expect.poll(async () => plain(await block.locator(".kind").textContent())).toBe("SMIC (en vigueur depuis le 1er mai 2023)");
    expect(plain(await block.locator(".amount").textContent())).toMatch(/^1 747,20 € brut par mois/);
    expect(await block.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.fill("#date", "");
  });

  it("reports a JSON syntax error in French with its line and column, and selects it", async () => {
    await page.click("#mode-json");
    await page.fill("#posting", '{\n  "title": }');
    await expect.poll(() => page.textContent("#status")).toBe("JSON illisible, ligne 2, colonne 12 : caractère inattendu « } ».");
    await page.click("#syntax button");
    expect(await selection(page)).toMatchObject({ id: "posting", start: 13, text: "}" });
  });

  it("edits the same posting in both modes, and a diagnostic's link selects its line in the JSON", async () => {
    await loadExample("labo-ess-2023");
    const posting = JSON.parse(await page.inputValue("#posting"));
    delete posting.title;
    await page.fill("#posting", JSON.stringify(posting, null, 2));
    const row = page.locator('#diagnostics .diagnostic[data-code="structure/required"][data-path="/title"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator(".message").textContent()).toContain("Le champ « title » est obligatoire.");
    expect(await page.textContent("#status")).toMatch(/^Offre invalide : 1 erreur/);
    // The form shows the JSON's posting: an empty title, with the diagnostic beside it.
    await page.click("#mode-form");
    expect(await page.inputValue("#f-title")).toBe("");
    expect(await page.locator('[data-path="/title"] > .field-diagnostics .diagnostic').count()).toBe(1);
    await page.fill("#f-title", "Chargé·e de mission");
    await page.click("#mode-json");
    expect(JSON.parse(await page.inputValue("#posting")).title).toBe("Chargé·e de mission");
    // A diagnostic's link selects the line of its value in the JSON.
    const link = page.locator('#diagnostics .diagnostic[data-code="agreement/classification-not-found"] a.path');
    expect(await link.getAttribute("href")).not.toBeNull();
    await link.focus();
    await page.keyboard.press("Enter");
    // The link's handler moves the focus to the JSON: wait for it (a loaded machine is slow to), then read.
    await expect.poll(() => activeId(page)).toBe("posting");
    const selected = await selection(page);
    expect(selected.id).toBe("posting");
    expect(selected.text.trim()).toMatch(/^"classification": \{/);
  });

  it("switches to English: page, labels and messages", async () => {
    await page.click("#lang-en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#check")).toBe("Check");
    expect(await page.getAttribute("#lang-en", "aria-pressed")).toBe("true");
    await page.fill("#posting", "{}");
    await expect.poll(() => page.textContent('#diagnostics .diagnostic[data-path="/title"] .message')).toContain('The field "title" is required.');
    await page.click("#mode-form");
    expect(await page.textContent("label[for=f-title]")).toBe("Title (required)");
    await page.click("#lang-fr");
    expect(await page.textContent("label[for=f-title]")).toBe("Intitulé du poste (obligatoire)");
  });

  it("loads a JSON file into the JSON mode", async () => {
    await page.setInputFiles("#file", join(root, "examples", "metropop-emploi-tremplin.json"));
    await expect.poll(() => page.locator('#diagnostics .diagnostic[data-code="pay/below-smic"]').count()).toBeGreaterThan(0);
    expect(await page.getAttribute("#mode-json", "aria-pressed")).toBe("true");
  });

  it("made no request beyond its own files, and raised no error", () => {
    expect(session.requests.filter((r) => !r.startsWith(session.url) && !r.startsWith("blob:") && !r.startsWith("data:"))).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it("works from file:// too, with no server and no request elsewhere", async () => {
    const local = await openPage(session.browser, pathToFileURL(join(playground, "index.html")).href);
    await local.page.selectOption("#example", "metropop-emploi-tremplin");
    await expect.poll(() => local.page.locator('#diagnostics .diagnostic[data-code="pay/below-smic"]').count()).toBeGreaterThan(0);
    expect(local.requests.filter((r) => !r.startsWith(pathToFileURL(playground).href))).toEqual([]);
    expect(local.errors).toEqual([]);
    await local.page.close();
  }, 60_000);
});
