import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { COLLECTIVE_AGREEMENTS } from "../../src/agreement/COLLECTIVE_AGREEMENTS.js";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "collective-agreements.md"), "utf8");
const eclatDoc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "eclat.md"), "utf8");

it("docs/collective-agreements.md lists every agreement of the registry", () => {
  for (const a of COLLECTIVE_AGREEMENTS) expect(doc).toContain(`| ${a.idcc} | ${a.shortName} |`);
});

it("the worked ÉCLAT example in the doc is what the code computes", () => {
  const r = agreementMinimumPay({ idcc: "1518", classification: { group: "B" }, date: "2024-06-01", weeklyHours: 28 });
  expect(r.ok).toBe(true);
  if (r.ok) expect(eclatDoc).toContain(`> ${r.computation}`);
});
