// Options of validateJobPosting (both flavours) and lintJobPosting as callers really pass them:
// null, hostile objects, an invalid date. None throws; an invalid date is reported, not ignored.
import { describe, expect, it } from "vitest";
import { lintJobPosting, validateJobPosting, type JobPosting, type LintOptions, type ValidateOptions } from "../src/index.js";
import { validateJobPosting as validateWithValibot } from "../src/valibot/index.js";

// 1 500 € gross a month, full time, published in June 2015: above the 2015 SMIC (1 457,52 €), below the 2024 one (1 766,92 €).
const posting: JobPosting = {
  title: "Animateur·rice jeunesse",
  organisation: { name: "MJC des Lilas" },
  contracts: [{ type: "cdi" }],
  workingTime: { weeklyHours: { value: 35 } },
  pay: { amount: { value: 1500, currency: "EUR", basis: "gross", period: "month" } },
  dates: { posted: "2015-06-01" },
};
const codes = (diagnostics: { code: string }[]) => diagnostics.map((d) => d.code);
const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error("hostile");
    },
  },
);

describe.each([
  ["zod", validateJobPosting],
  ["valibot", validateWithValibot],
])("validateJobPosting (%s flavour): options", (_, validate) => {
  it("takes null, a number or a hostile object as no options", () => {
    const expected = validate(posting);
    for (const options of [null, 42, "en", hostile, Object.create(null)]) {
      expect(validate(posting, options as unknown as ValidateOptions)).toEqual(expected);
    }
    expect(validate(undefined, null as unknown as ValidateOptions).valid).toBe(false);
  });

  it("reports an invalid date option and judges at the posting's date", () => {
    expect(codes(validate(posting, { date: "2024-06-01" }).diagnostics)).toContain("pay/below-smic");
    for (const date of ["2024-13-01", "01/06/2024", "", 20240601, null]) {
      const result = validate(posting, { date } as unknown as ValidateOptions);
      expect(result.valid).toBe(false);
      expect(result.diagnostics[0]).toMatchObject({ code: "options/invalid-date", severity: "error", path: [] });
      // Judged at 2015-06-01 (the posting's date), not with the date rules turned off.
      expect(codes(result.diagnostics)).not.toContain("pay/below-smic");
      expect(result.diagnostics.slice(1)).toEqual(validate(posting).diagnostics);
    }
  });

  it("words the invalid date in French and in English", () => {
    expect(validate(posting, { date: "2024-02-30" }).diagnostics[0]!.message).toBe(
      "Option date invalide (\"2024-02-30\") : une date AAAA-MM-JJ existante est attendue. Les règles jugent l'offre à sa date, sinon à la date du jour.",
    );
    expect(validate(posting, { date: "2024-02-30", locale: "en" }).diagnostics[0]!.message).toBe(
      'Invalid date option ("2024-02-30"): an existing YYYY-MM-DD date is expected. The rules judge the posting at its own date, else today.',
    );
  });

  it("an undated posting with an invalid date option is judged today: the date-based rules still run", () => {
    const { dates: _, ...undated } = posting;
    const result = validate(undated, { date: "demain" } as ValidateOptions);
    expect(codes(result.diagnostics)).toContain("options/invalid-date");
    // 1 500 € is below today's SMIC (above 1 766,92 € since 2024): the SMIC rule judged at today's date.
    expect(codes(result.diagnostics)).toContain("pay/below-smic");
  });

  it("ignores limits of the wrong type and keeps the defaults", () => {
    expect(validate(posting, { limits: { maxDepth: "3" as unknown as number, maxNodes: Number.NaN } })).toEqual(validate(posting));
    expect(validate(posting, { limits: { maxDepth: 2 } }).diagnostics[0]!.code).toBe("input/too-deep");
  });
});

describe("lintJobPosting: input and options", () => {
  it("takes null or a hostile object as no options", () => {
    const expected = lintJobPosting(posting);
    for (const options of [null, 42, hostile]) expect(lintJobPosting(posting, options as unknown as LintOptions)).toEqual(expected);
    expect(lintJobPosting(posting, { rules: hostile as Record<string, never> })).toEqual(expected);
  });

  it("reports an invalid date option and judges at the posting's date", () => {
    const d = lintJobPosting(posting, { date: "2024-06-31", locale: "en" });
    expect(d[0]).toMatchObject({ code: "options/invalid-date", severity: "error", path: [] });
    expect(d.slice(1)).toEqual(lintJobPosting(posting, { locale: "en" }));
    expect(codes(lintJobPosting(posting, { date: "2024-06-30" }))).toContain("pay/below-smic");
  });

  it("gives one internal/invalid-input error for a value that is not a posting", () => {
    for (const value of [undefined, null, 42, "posting", [], Symbol("x")]) {
      const d = lintJobPosting(value as unknown as JobPosting, { locale: "en" });
      expect(d).toHaveLength(1);
      expect(d[0]).toMatchObject({ code: "internal/invalid-input", severity: "error", path: [] });
    }
    expect(lintJobPosting(undefined as unknown as JobPosting)[0]!.message).toBe(
      "Ce n'est pas une offre d'emploi (un objet était attendu, reçu undefined) : validez d'abord les données avec validateJobPosting.",
    );
  });

  it("leaves out of the text rules a text that is not a string, without a rule failure", () => {
    // lintJobPosting does not check the schema: a title of 42 or a summary that is an object is no text.
    const odd = { ...posting, title: 42, content: { summary: { text: "The job" } } } as unknown as JobPosting;
    const d = lintJobPosting(odd, { locale: "en" });
    expect(codes(d)).not.toContain("internal/rule-failed");
    expect(d.filter((x) => x.path[0] === "title" || x.path[0] === "content")).toEqual([]);
  });

  it("gives the input guard's error for a cycle or a throwing accessor", () => {
    const cyclic: Record<string, unknown> = { ...posting };
    cyclic.self = cyclic;
    expect(codes(lintJobPosting(cyclic as unknown as JobPosting))).toEqual(["input/cycle"]);
    const getter = Object.defineProperty({ ...posting }, "pay", { enumerable: true, get: () => { throw new Error("hostile"); } });
    expect(lintJobPosting(getter)).toEqual([expect.objectContaining({ code: "input/unreadable", path: ["pay"] })]);
    // A proxy that hides its keys gets past the guard: each rule then fails on its own, reported, not thrown.
    expect(new Set(codes(lintJobPosting(hostile as JobPosting)))).toEqual(new Set(["internal/rule-failed"]));
  });

  it("ignores a rule setting that is not a severity", () => {
    expect(lintJobPosting(posting, { rules: { "title/not-gender-inclusive": "loud" as never } })).toEqual(lintJobPosting(posting));
  });
});
