// The playground's scenario, in headless Chromium, with the keyboard only: from an empty form, write a
// CDD under ÉCLAT (IDCC 1518) group B at 24 h a week published on 1 June 2024, read the legal minimum,
// state a pay under it, read the French diagnostic beside the pay field with its legal source, download
// the JSON and validate it with the CLI (`--no-rules`). Every step is saved as a screenshot in
// test-results/; axe-core finds no serious or critical violation; no request leaves the page's files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { spawnCli } from "../cli/support.js";
import { activeId, chosenOption, plain, results, root, skip, tabTo, usePlayground } from "./browser.js";

// ÉCLAT group B on 1 June 2024: 265 points × V1 = 1 854,37 € for 35 h (avenant n° 199; test/agreement),
// so 1 854,37 × 24 / 35 = 1 271,57 € at 24 h, above the SMIC at 24 h (11,65 × 24 × 52 / 12 = 1 211,60 €):
// 1 250 € a month is lawful under the SMIC alone, unlawful under the agreement.
const MINIMUM_AT_24H = "1 271,57 €";

describe.skipIf(skip)("playground scenario: a CDD under ÉCLAT group B at 24 h, written with the keyboard", () => {
  const session = usePlayground();
  let page: Page;
  beforeAll(() => void (page = session.page));
  beforeAll(() => void mkdirSync(results, { recursive: true }));

  /** A screenshot of the window, scrolled to `selector` (the results column stays in view beside it). */
  async function shot(name: string, selector?: string) {
    if (selector) await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: "center" }));
    // The results column scrolls on its own (Tab may have gone through it): its top, the legal minimum, in view.
    await page.evaluate("document.getElementById('results').scrollTop = 0");
    await page.screenshot({ path: join(results, `playground-${name}.png`), fullPage: selector === undefined });
  }

  /** Types into the field `id`, reached with Tab. */
  async function fill(id: string, text: string) {
    await tabTo(page, id);
    await page.keyboard.type(text);
  }

  /** Opens the folded group `id` (a summary) with the keyboard. */
  async function open(id: string) {
    await tabTo(page, id);
    await page.keyboard.press("Enter");
  }

  it("starts from an empty form, in French", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.textContent("#mode-form")).toBe("Rédiger une offre");
    expect(await page.textContent("#status")).toBe("Offre vide : commencez par l'intitulé du poste.");
    expect(await page.textContent("label[for=f-title]")).toBe("Intitulé du poste (obligatoire)");
    // Beside the field, the missing title is named by its label, not by its JSON key.
    expect(await page.textContent('[data-path="/title"] > .field-diagnostics .message')).toBe("Erreur Le champ « Intitulé du poste » est obligatoire.");
    await shot("1-empty");
  });

  it("fills a CDD under ÉCLAT group B at 24 h and shows the agreement's minimum", async () => {
    await fill("f-title", "Animateur·rice jeunesse");
    await fill("f-organisation-name", "Centre social des Tilleuls");
    await tabTo(page, "f-contracts-add");
    await page.keyboard.press("Enter");
    // The new contract's variant list has the focus: "— Choisir —", "CDI", "CDD"…
    expect(await activeId(page)).toBe("f-contracts-0-type");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.inputValue("#f-contracts-0-type")).toBe("cdd");
    // Only the CDD's own fields are shown: its reason, not an internship's study level.
    await expect.poll(() => page.locator("#f-contracts-0-reason").count()).toBe(1);
    expect(await page.locator("#f-contracts-0-studyLevel").count()).toBe(0);
    await open("f-collectiveAgreement-summary");
    await fill("f-collectiveAgreement-pick", "éclat");
    await expect.poll(() => page.inputValue("#f-collectiveAgreement-idcc")).toBe("1518");
    await open("f-dates-summary");
    await fill("f-dates-posted", "01/06/2024");
    await expect.poll(() => page.textContent("[data-path='/dates/posted'] .date-long")).toBe("1er juin 2024");
    await tabTo(page, "f-collectiveAgreement-rung");
    // "— Choisir un échelon —", "Groupe A", "Groupe B"…
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => chosenOption(page, "f-collectiveAgreement-rung")).toMatch(/^Groupe B/);
    await open("f-workingTime-summary");
    await open("f-workingTime-weeklyHours-summary");
    await fill("f-workingTime-weeklyHours-value", "24");
    const minimum = page.locator('#minimum .minimum[data-kind="agreement"]');
    await expect.poll(() => minimum.count()).toBe(1);
    await expect.poll(async () => plain(await minimum.locator(".amount").textContent())).toContain(`${MINIMUM_AT_24H} brut par mois pour 24 h par semaine`);
    expect(plain(await minimum.locator("h3").textContent())).toBe("Contrat n° 1 : CDD");
    expect(await page.textContent("#status")).toMatch(/^Offre valide/);
    await shot("2-legal-minimum", "#f-workingTime-weeklyHours-value");
  }, 120_000);

  it("shows the French diagnostic, with its legal source, beside the pay when it is under the minimum", async () => {
    await open("f-pay-summary");
    await open("f-pay-amount-summary");
    await fill("f-pay-amount-value", "1250");
    await tabTo(page, "f-pay-amount-period");
    await page.keyboard.type("par mois");
    await tabTo(page, "f-pay-amount-basis");
    await page.keyboard.type("Brut");
    const beside = page.locator('[data-path="/pay/amount/value"] > .field-diagnostics .diagnostic[data-code="pay/below-agreement-minimum"]');
    await expect.poll(() => beside.count()).toBe(1);
    const message = plain(await beside.locator(".message").textContent());
    expect(message).toMatch(/^Erreur /);
    expect(message).toContain("(1 250 € brut par mois)");
    expect(message).toContain(MINIMUM_AT_24H);
    expect(await beside.locator(".sources").count()).toBe(1);
    expect(await page.getAttribute("#f-pay-amount-value", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#f-pay-amount-value", "aria-describedby")).toContain("f-pay-amount-value-diagnostics");
    expect(await page.textContent("#status")).toMatch(/^Offre invalide : 1 erreur/);
    expect(plain(await page.textContent('#minimum .minimum[data-kind="agreement"] .comparison'))).toContain("1 250,00 €");
    await shot("3-pay-below-minimum", "#f-pay-amount-value");
  }, 60_000);

  it("downloads the JSON, which the CLI accepts with --no-rules", async () => {
    await tabTo(page, "download-json");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("offre.json");
    const file = join(results, "playground-offre.json");
    await download.saveAs(file);
    const posting = JSON.parse(readFileSync(file, "utf8"));
    expect(posting).toMatchObject({
      title: "Animateur·rice jeunesse",
      contracts: [{ type: "cdd" }],
      collectiveAgreement: { idcc: "1518", classification: { group: "B" } },
      workingTime: { weeklyHours: { value: 24 } },
      dates: { posted: "2024-06-01" },
      pay: { amount: { value: 1250, currency: "EUR", period: "month", basis: "gross" } },
    });
    const cli = await spawnCli(["validate", "--no-rules", file], { cwd: root });
    expect(cli.exitCode, cli.out + cli.err).toBe(0);
    // With the rules, the CLI finds the same error the page showed.
    const withRules = await spawnCli(["validate", "--format", "json", file], { cwd: root });
    expect(withRules.exitCode).toBe(1);
    expect(withRules.out).toContain("pay/below-agreement-minimum");
  }, 60_000);

  it("has no serious or critical accessibility violation (axe-core)", async () => {
    // Evaluated by the test driver, as the page's own policy (script-src 'self') forbids inline scripts.
    await page.evaluate(readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8"));
    // A string, evaluated in the page (this file is type-checked without the DOM's types).
    const violations = (await page.evaluate(
      "axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))",
    )) as { id: string; impact: string; nodes: number }[];
    writeFileSync(join(results, "playground-axe.json"), JSON.stringify(violations, null, 2) + "\n");
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  }, 60_000);

  it("made no request beyond its own files, and raised no error", () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.requests.filter((r) => !r.startsWith(session.url) && !r.startsWith("blob:") && !r.startsWith("data:"))).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
