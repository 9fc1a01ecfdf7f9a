// The generator of the fast path (scripts/generate-fast-path.ts): it translates every kind of zod node
// the schema uses, each probe it writes gives what zod gives, and it throws on anything it does not know.
import fc from "fast-check";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildFastPathModule } from "../../scripts/generate-fast-path.js";
import { JobPostingSchema } from "../../src/jobPosting/JobPostingSchema.js";
import { REFINEMENTS } from "../../src/validate/REFINEMENTS.js";
import { outputDifference } from "../support/fastPathDifferential.js";

const root = join(import.meta.dirname, "..", "..");
const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Record<string, unknown> & { type: string };

/** Every kind of node reachable from `schema` (through shapes, elements, options, wrappers, lazy getters). */
function kindsOf(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>(), kinds = new Set<string>()): Set<string> {
  if (seen.has(schema)) return kinds;
  seen.add(schema);
  const def = defOf(schema);
  kinds.add(def.type === "union" && typeof def["discriminator"] === "string" ? "discriminatedUnion" : def.type);
  const children: z.core.$ZodType[] = [];
  if (def.type === "object") children.push(...Object.values((schema as unknown as { shape: Record<string, z.core.$ZodType> }).shape));
  if (def.type === "array") children.push(def["element"] as z.core.$ZodType);
  if (def.type === "union") children.push(...(def["options"] as z.core.$ZodType[]));
  if (def.type === "optional") children.push(def["innerType"] as z.core.$ZodType);
  if (def.type === "lazy") children.push((def["getter"] as () => z.core.$ZodType)());
  for (const c of children) kindsOf(c, seen, kinds);
  return kinds;
}

let n = 0;
const probe = (shape: z.ZodRawShape) => z.object(shape).strict().meta({ id: `FastPathProbe${n++}` });

/** Writes the generated module of `schema` under test/.generated/ (imports pointed at src/) and loads its entry. */
async function compile(schema: z.core.$ZodType): Promise<(input: unknown) => unknown> {
  const id = z.globalRegistry.get(schema)!.id!;
  const text = buildFastPathModule(schema)
    .text.replace(/^import type .*$/m, `type ${id} = unknown;`)
    .replace('"../../validate/REFINEMENTS.js"', JSON.stringify(pathToFileURL(join(root, "src/validate/REFINEMENTS.ts")).href))
    .replace('"../../text/codePointLength.js"', JSON.stringify(pathToFileURL(join(root, "src/text/codePointLength.ts")).href));
  const dir = join(root, "test", ".generated", "fastPath");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id}.ts`);
  writeFileSync(file, text);
  const module = (await import(pathToFileURL(file).href)) as Record<string, (input: unknown) => unknown>;
  return module[`parse${id}Fast`]!;
}

describe("the fast path generator", () => {
  it("translates every kind of node the posting's schema uses, and says so", () => {
    const used = kindsOf(JobPostingSchema);
    expect([...used].sort()).toEqual(["array", "boolean", "discriminatedUnion", "enum", "literal", "number", "object", "optional", "string"]);
    expect([...buildFastPathModule().kinds].sort()).toEqual([...used].sort());
  });

  it("writes probes that give zod's verdict and output, for every kind it knows (seeded)", async () => {
    const Node: z.ZodType<unknown> = z.object({ label: z.string().min(2).max(3), get children() { return z.array(Node).max(2).optional(); } }).strict().meta({ id: "FastPathProbeNode" });
    const Option = z.object({ kind: z.literal("a"), n: z.int().gte(0).lt(10) }).strict();
    const schema = probe({
      s: z.string().min(2).max(4).regex(/^[a-z😀]+$/u).optional(),
      siren: z.string().regex(/^[0-9]{9}$/).refine(REFINEMENTS["organisation/siren-checksum"], { params: { code: "organisation/siren-checksum" } }).optional(),
      email: z.email().optional(),
      date: z.iso.date().optional(),
      num: z.number().gt(-1).lte(5.5).optional(),
      int: z.int().optional(),
      bool: z.boolean().optional(),
      lit: z.literal(["x", 2, true]).optional(),
      small: z.enum(["p", "q"]).optional(),
      big: z.enum(["a", "b", "c", "d", "e"]).optional(),
      loose: z.object({ a: z.string() }).optional(),
      list: z.array(z.string().max(1)).min(1).max(3).optional(),
      union: z.discriminatedUnion("kind", [Option, z.object({ kind: z.enum(["b", "c"]), s: z.string() }).strict()]).optional(),
      lazy: z.lazy(() => Option).optional(),
      tree: Node.optional(),
    });
    const fast = await compile(schema);
    const value = fc.oneof(
      fc.constantFrom<unknown>("ab", "😀😀😀😀", "😀😀😀😀😀", "a", "", "732829320", "732829321", "a@b.fr", "2024-02-29", "2023-02-29", 5.5, -1, -0.5, 0, 9, 10, 1.5, 2 ** 53, NaN, Infinity, true, "x", 2, "p", "d", "f", undefined, null),
      fc.constantFrom<unknown>({ a: "x" }, { a: "x", extra: 1 }, ["a"], ["a", "b", "c", "d"], ["ab"], { kind: "a", n: 3 }, { kind: "b", s: "" }, { kind: "c", s: 1 }, { kind: "d" }, { kind: "a", n: 3, x: 1 }),
      fc.constantFrom<unknown>({ label: "ab" }, { label: "ab", children: [{ label: "cd", children: [] }] }, { label: "ab", children: [{ label: "c" }] }, { label: "ab", children: undefined }),
      fc.anything(),
    );
    const keys = Object.keys(schema.shape);
    const input = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom("__proto__", "other")), value, { maxKeys: 6 });
    fc.assert(
      fc.property(input, (x) => {
        const zod = schema.safeParse(x);
        const out = fast(x);
        expect(out !== undefined, JSON.stringify(x)).toBe(zod.success);
        if (zod.success) expect(outputDifference(out, zod.data)).toBeUndefined();
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it("writes a schema used in several places once, and calls it from each place", () => {
    const { text } = buildFastPathModule();
    const declared = (name: string) => text.split(`function ${name}(`).length - 1;
    const called = (name: string) => text.split(`${name}(v, d + 1)`).length - 1;
    // DurationSchema is each contract's `duration` (and more); ApproximateDate and PayAmount recur too.
    for (const name of ["parseDuration", "parseApproximateDate", "parsePayAmount"]) {
      expect(declared(name), name).toBe(1);
      expect(called(name), name).toBeGreaterThanOrEqual(5);
    }
    // No two functions with the same body (a list of short strings, say, is checked by one function).
    const bodies = [...text.matchAll(/^function \w+(\([^)]*\)[^{]*\{\n[\s\S]*?\n\})$/gm)].map((m) => m[1]);
    expect(bodies.length).toBeGreaterThan(100);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it("shares a leaf condition that occurs more than once, and inlines one that occurs once", async () => {
    const schema = probe({ a: z.string().min(2).max(9).optional(), b: z.string().min(2).max(9).optional(), c: z.array(z.string().max(7)).optional() });
    const { text } = buildFastPathModule(schema);
    expect(text.match(/^function leaf\d+\(/gm)).toHaveLength(1);
    expect(text).toContain("codePointLength(v) <= 7)");
    const fast = await compile(schema);
    expect(fast({ a: "ab", b: "abcdefghi", c: ["", "1234567"] })).toEqual({ a: "ab", b: "abcdefghi", c: ["", "1234567"] });
    expect(fast({ a: "ab", b: "a" })).toBeUndefined();
    expect(fast({ c: ["12345678"] })).toBeUndefined();
    expect(fast({ a: "abcdefghij" })).toBeUndefined();
  });

  const cases: [string, z.core.$ZodType, RegExp][] = [
    ["a transform", probe({ a: z.string().transform((s) => s.length) }), /schema type "pipe"/],
    ["a nullable", probe({ a: z.string().nullable() }), /schema type "nullable"/],
    ["a default", probe({ a: z.string().default("x") }), /accepts absence|defaulted/],
    ["a loose object", probe({ a: z.looseObject({ b: z.string() }) }), /catchall/],
    ["a catchall", probe({ a: z.object({ b: z.string() }).catchall(z.string()) }), /catchall/],
    ["a plain union", probe({ a: z.union([z.string(), z.number()]) }), /union without a discriminator/],
    ["a record", probe({ a: z.record(z.string(), z.string()) }), /schema type "record"/],
    ["a tuple", probe({ a: z.tuple([z.string()]) }), /schema type "tuple"/],
    ["an intersection", probe({ a: z.intersection(z.object({}), z.object({})) }), /schema type "intersection"/],
    ["an unknown", probe({ a: z.unknown() }), /accepts absence|schema type "unknown"/],
    ["a date object", probe({ a: z.date() }), /schema type "date"/],
    ["a refinement without a known code", probe({ a: z.string().refine((s) => s.length > 2) }), /refinement/],
    ["a refinement that is not REFINEMENTS' function", probe({ a: z.string().refine((s) => REFINEMENTS["organisation/siren-checksum"](s), { params: { code: "organisation/siren-checksum" } }) }), /is not the function/],
    ["an object refinement", probe({ a: z.object({ b: z.string() }).refine(() => true) }), /checks \(refine, superRefine\) on an object/],
    ["a trim", probe({ a: z.string().trim() }), /string check overwrite/],
    ["a url format", probe({ a: z.url() }), /string format url/],
    ["a coerced number", probe({ a: z.coerce.number() }), /coerce/],
    ["a multipleOf", probe({ a: z.number().multipleOf(5) }), /number check multiple_of/],
    ["an array length", probe({ a: z.array(z.string()).length(2) }), /array check length_equals/],
    ["an optional array item", probe({ a: z.array(z.string().optional()) }), /optional schema outside an object's property/],
    ["a regex with the g flag", probe({ a: z.string().regex(/a/g) }), /g or y flag/],
    ["a numeric discriminator", probe({ a: z.discriminatedUnion("k", [z.object({ k: z.literal(1) }), z.object({ k: z.literal(2) })]) }), /values are not strings/],
    ["an exact optional", probe({ a: z.exactOptional(z.string()) }), /exact optional/],
  ];
  for (const [name, schema, message] of cases) {
    it(`throws on ${name}`, () => {
      expect(() => buildFastPathModule(schema)).toThrow(message);
    });
  }
});
