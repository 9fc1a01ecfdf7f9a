import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildValibotSchema, VALIBOT_SCHEMA_PATH } from "../../scripts/generate-valibot.js";

describe("the generated valibot schema", () => {
  it("is up to date with the zod schema (run npm run generate:valibot)", () => {
    const committed = readFileSync(join(import.meta.dirname, "..", "..", VALIBOT_SCHEMA_PATH), "utf8");
    expect(buildValibotSchema() === committed, `${VALIBOT_SCHEMA_PATH} is stale: run npm run generate:valibot`).toBe(true);
  });

  it("is generated deterministically", () => {
    expect(buildValibotSchema()).toBe(buildValibotSchema());
  });
});

describe("the generator fails loudly on what it cannot translate", () => {
  let n = 0;
  const root = (shape: z.ZodRawShape) => z.object(shape).strict().meta({ id: `GeneratorProbe${n++}` });
  const cases: [string, z.core.$ZodType, RegExp][] = [
    ["a transform", root({ a: z.string().transform((s) => s.length) }), /schema type "pipe"/],
    ["a nullable", root({ a: z.string().nullable() }), /schema type "nullable"/],
    ["a default", root({ a: z.string().default("x") }), /schema type "default"/],
    ["a non-strict object", z.object({ a: z.string() }).meta({ id: "GeneratorProbeLoose" }), /not strict/],
    ["a plain union", root({ a: z.union([z.string(), z.number()]) }), /union without a discriminator/],
    ["a record", root({ a: z.record(z.string(), z.string()) }), /schema type "record"/],
    ["a refinement without a known code", root({ a: z.string().refine((s) => s.length > 2) }), /refinement/],
    ["a refinement that disagrees with REFINEMENTS", root({ a: z.string().refine(() => true, { params: { code: "organisation/siren-checksum" } }) }), /disagree/],
    ["a trim", root({ a: z.string().trim() }), /string check overwrite/],
    ["a url format", root({ a: z.url() }), /string format url/],
    ["a multipleOf", root({ a: z.number().multipleOf(5) }), /number check multiple_of/],
    ["an array length", root({ a: z.array(z.string()).length(2) }), /array check length_equals/],
    ["a check with abort", root({ a: z.string().min(1, { abort: true }) }), /abort/],
    ["a regex with the g flag", root({ a: z.string().regex(/a/g) }), /g or y flag/],
    ["a recursive schema without its type", (() => {
      const Node: z.ZodType<unknown> = z.object({ get children() { return z.array(Node).optional(); } }).strict().meta({ id: "GeneratorProbeNode" });
      return Node;
    })(), /RECURSIVE_TYPES/],
  ];
  for (const [name, schema, message] of cases) {
    it(name, () => {
      expect(() => buildValibotSchema(schema)).toThrow(message);
    });
  }

  it("and translates what it knows", () => {
    const text = buildValibotSchema(root({ a: z.string().min(1).max(3).regex(/^a+$/), b: z.int().min(0).optional(), c: z.array(z.enum(["x", "y"])).min(1) }));
    expect(text).toContain('a: v.pipe(v.string(), minLength(1), maxLength(3), v.regex(/^a+$/)),');
    expect(text).toContain("b: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(0))),");
    expect(text).toContain('c: array(picklist(["x", "y"]), minLength(1)),');
  });
});
