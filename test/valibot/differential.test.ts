import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateJobPosting as validateWithZod } from "../../src/index.js";
import { validateJobPosting as validateWithValibot } from "../../src/valibot/index.js";
import { arbitraryFromJsonSchema, identifierOverrides } from "../support/arbitraryFromJsonSchema.js";
import { exoticMutation, mutateKeepingValues } from "../support/exoticMutations.js";

const root = join(import.meta.dirname, "..", "..");
const schema = JSON.parse(readFileSync(join(root, "schemas", "job-posting.schema.json"), "utf8"));
const posting = arbitraryFromJsonSchema(schema, { propertyOverrides: identifierOverrides });
const SEED = 20_240_617;

/** What the two flavours must agree on: the verdict, and the codes and paths of the diagnostics (and, here, their severity, messages and the typed posting). */
function bothFlavours(input: unknown, options: Parameters<typeof validateWithZod>[1] = {}) {
  const zod = validateWithZod(input, options);
  const valibot = validateWithValibot(input, options);
  return { zod, valibot };
}

function expectSame(input: unknown, options: Parameters<typeof validateWithZod>[1] = {}): void {
  const { zod, valibot } = bothFlavours(input, options);
  const context = () => {
    try {
      return JSON.stringify({ input, zod: zod.diagnostics, valibot: valibot.diagnostics }, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)).slice(0, 4000);
    } catch {
      return JSON.stringify({ zod: zod.diagnostics, valibot: valibot.diagnostics });
    }
  };
  expect(valibot.valid, context()).toBe(zod.valid);
  expect(valibot.diagnostics.map((d) => ({ code: d.code, path: d.path })), context()).toEqual(zod.diagnostics.map((d) => ({ code: d.code, path: d.path })));
  expect(valibot.diagnostics, context()).toEqual(zod.diagnostics);
  expect(valibot.posting, context()).toEqual(zod.posting);
}

describe("the valibot flavour agrees with the zod flavour", () => {
  it("on the six examples", () => {
    const dir = join(root, "examples");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    expect(files.length).toBe(6);
    for (const file of files) {
      const example = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
      for (const locale of ["fr", "en"] as const) expectSame(example, { locale });
      expect(validateWithValibot(example, { rules: false }).diagnostics, file).toEqual([]);
    }
  });

  it("on every invalid fixture", () => {
    const dir = join(root, "test", "fixtures", "invalid");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) {
      const fixture = JSON.parse(readFileSync(join(dir, file), "utf8")) as { posting: unknown };
      for (const locale of ["fr", "en"] as const) expectSame(fixture.posting, { locale });
      expect(bothFlavours(fixture.posting).valibot.valid, file).toBe(false);
    }
  });

  it("on hostile input (the same guard runs first)", () => {
    const cycle: Record<string, unknown> = { title: "x" };
    cycle["self"] = cycle;
    let deep: unknown = {};
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const throwing = Object.defineProperty({}, "title", { enumerable: true, get: () => { throw new Error("no"); } });
    for (const input of [cycle, deep, throwing, undefined, null, 42, "posting", [], JSON.parse('{"__proto__": {"title": "x"}}')]) expectSame(input);
  });

  it("on generated valid postings (seeded)", () => {
    fc.assert(
      fc.property(posting, fc.constantFrom("fr" as const, "en" as const), (p, locale) => {
        expect(validateWithValibot(p, { rules: false }).diagnostics).toEqual([]);
        expectSame(p, { locale });
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it("on SIREN and SIRET numbers, right and wrong (the checksum refinements, seeded)", () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const number = fc.oneof(digits(9), digits(14), digits(8), digits(13), identifierOverrides["siren"]!, identifierOverrides["siret"]!, digits(9).map((s) => `356000000${s.slice(0, 5)}`));
    fc.assert(
      fc.property(number, number, (siren, siret) => {
        expectSame({ title: "Animateur", organisation: { name: "MJC", identifiers: { siren, siret } }, contracts: [{ type: "cdi" }] }, { rules: false });
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it("on random mutations of generated postings (seeded)", () => {
    fc.assert(
      fc.property(posting, fc.array(exoticMutation, { minLength: 1, maxLength: 3 }), fc.constantFrom("fr" as const, "en" as const), (p, mutations, locale) => {
        const mutated = mutations.reduce<unknown>((doc, m) => mutateKeepingValues(doc, m), p);
        expectSame(mutated, { locale, rules: false });
        expectSame(mutated, { locale });
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});
