import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildReferenceDocs } from "../../scripts/buildReferenceDocs.js";
import { isIsoDate } from "../../src/parameters/isIsoDate.js";
import { PARAMETERS } from "../../src/parameters/PARAMETERS.js";
import { valueAt } from "../../src/parameters/valueAt.js";

describe("every reference series", () => {
  it("has a unique id", () => {
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
    expect(PARAMETERS.length).toBeGreaterThan(40);
  });

  for (const p of PARAMETERS) {
    it(`${p.id}: dated, in order, without gap or overlap, each value sourced`, () => {
      expect(p.values.length).toBeGreaterThan(0);
      expect(p.description.length).toBeGreaterThan(10);
      let previous = "";
      for (const v of p.values) {
        expect(isIsoDate(v.effectiveFrom), `${p.id} ${v.effectiveFrom}`).toBe(true);
        // Strictly increasing dates: one value at a time, no overlap; a series is continuous by
        // construction (each value runs until the next), and `null` marks an explicit end.
        expect(v.effectiveFrom > previous, `${p.id}: ${v.effectiveFrom} after ${previous}`).toBe(true);
        previous = v.effectiveFrom;
        expect(v.sources.length, `${p.id} ${v.effectiveFrom} has a source`).toBeGreaterThan(0);
        for (const s of v.sources) {
          expect(s.label.length).toBeGreaterThan(3);
          if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\/\S+$/);
        }
        if (!v.verified || v.value === null) expect(v.note, `${p.id} ${v.effectiveFrom}: an unverified or ended value says why`).toBeTruthy();
      }
      // The value in force on each effective date is that value, and the day before it is the previous one.
      for (const [i, v] of p.values.entries()) {
        if (v.value === null) continue;
        expect(valueAt(p, v.effectiveFrom)?.effectiveFrom).toBe(v.effectiveFrom);
        const dayBefore = new Date(Date.parse(v.effectiveFrom) - 86_400_000).toISOString().slice(0, 10);
        const prev = p.values[i - 1];
        expect(valueAt(p, dayBefore)?.effectiveFrom).toBe(prev && prev.value !== null ? prev.effectiveFrom : undefined);
      }
    });
  }

  it("docs/reference-data.md is generated from the series and up to date", () => {
    for (const [path, text] of Object.entries(buildReferenceDocs())) expect(readFileSync(path, "utf8"), `${path} is stale: run npm run generate:docs`).toBe(text);
  });
});

describe("valueAt", () => {
  const p = PARAMETERS[0]!;
  it("returns undefined for malformed dates and dates before the series", () => {
    for (const bad of ["", "2024-02-30", "2024-13-01", "20240101", "not a date", "1900-01-01"]) expect(valueAt(p, bad)).toBeUndefined();
  });
});
