// Hostile and unusual values get from the fast path what zod gives them: the same verdict,
// diagnostics and output (test/support/fastPathDifferential.ts says what is compared).
import { describe, expect, it } from "vitest";
import { validateJobPosting } from "../../src/index.js";
import { fastPathDisagreement, validateDisagreement } from "../support/fastPathDifferential.js";

const base = () => ({ title: "Animateur·rice", organisation: { name: "MJC", identifiers: { siren: "552100554" } }, contracts: [{ type: "cdi" }] });

/** A posting whose tasks nest `depth` levels of sub-tasks. */
function nested(depth: number): unknown {
  let task: Record<string, unknown> = { text: "tâche" };
  for (let i = 0; i < depth; i++) task = { text: `niveau ${i}`, subtasks: [task] };
  return { ...base(), content: { missions: [{ title: "Missions", tasks: [task] }] } };
}

/** A posting whose task shares one sub-task list `width` times over, `depth` levels: a few objects, a tree of width^depth nodes. */
function shared(width: number, depth: number): unknown {
  let task: Record<string, unknown> = { text: "tâche" };
  for (let i = 0; i < depth; i++) task = { text: `niveau ${i}`, subtasks: new Array(width).fill(task) };
  return { ...base(), content: { missions: [{ title: "Missions", tasks: [task] }] } };
}

const CASES: [string, () => unknown][] = [
  ["__proto__ key at the root (JSON)", () => JSON.parse('{"title":"x","organisation":{"name":"MJC"},"contracts":[{"type":"cdi"}],"__proto__":{"title":"y"}}')],
  ["__proto__ key in a nested object (JSON)", () => JSON.parse('{"title":"x","organisation":{"name":"MJC","__proto__":{"x":1}},"contracts":[{"type":"cdi"}]}')],
  ["a posting inheriting its title", () => Object.assign(Object.create({ title: "hérité" }), { organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] })],
  ["an inherited enumerable unknown key", () => Object.assign(Object.create({ extra: 1 }), base())],
  ["a posting without a prototype", () => Object.assign(Object.create(null), base())],
  ["a class instance", () => new (class Posting { title = "x"; organisation = { name: "MJC" }; contracts = [{ type: "cdi" }]; })()],
  ["a Date as the organisation", () => ({ ...base(), organisation: new Date(0) })],
  ["a Map as the posting", () => new Map(Object.entries(base()))],
  ["an array-like as contracts", () => ({ ...base(), contracts: { length: 1, 0: { type: "cdi" } } })],
  ["an array with extra properties", () => ({ ...base(), contracts: Object.assign([{ type: "cdi" }], { extra: 1 }) })],
  ["a holey array", () => ({ ...base(), contracts: new Array(2) })],
  ["a String object as title", () => ({ ...base(), title: new String("x") })],
  ["an optional key holding undefined", () => ({ ...base(), subtitle: undefined, positions: undefined })],
  ["a required key holding undefined", () => ({ ...base(), title: undefined })],
  ["a symbol key", () => ({ ...base(), [Symbol("s")]: 1 })],
  ["a non-enumerable unknown key", () => Object.defineProperty(base(), "extra", { value: 1, enumerable: false })],
  ["an enumerable getter", () => Object.defineProperty(base(), "subtitle", { get: () => "sous-titre", enumerable: true })],
  ["a throwing enumerable getter", () => Object.defineProperty(base(), "subtitle", { get: () => { throw new Error("no"); }, enumerable: true })],
  ["a throwing hidden getter on a declared key", () => Object.defineProperty(base(), "subtitle", { get: () => { throw new Error("no"); }, enumerable: false })],
  ["a proxy", () => new Proxy(base(), {})],
  ["a proxy whose ownKeys throws", () => new Proxy(base(), { ownKeys: () => { throw new Error("no"); } })],
  ["a discriminator inherited", () => ({ ...base(), contracts: [Object.create({ type: "cdi" })] })],
  ["a discriminator named after Object.prototype", () => ({ ...base(), contracts: [{ type: "constructor" }, { type: "__proto__" }, { type: "toString" }] })],
  ["a huge title", () => ({ ...base(), title: "x".repeat(1_000_000) })],
  ["300 emoji in a title (600 UTF-16 units, within 300 code points)", () => ({ ...base(), title: "😀".repeat(300) })],
  ["301 emoji in a title", () => ({ ...base(), title: "😀".repeat(301) })],
  ["300 lone surrogates in a title", () => ({ ...base(), title: "\uD800".repeat(300) })],
  ["an emoji RNA", () => ({ ...base(), organisation: { name: "MJC", identifiers: { rna: "W😀12345678" } } })],
  ["numbers: 1.0, NaN, Infinity, -0, 2^53", () => ({ ...base(), positions: 1.0, workingTime: { weeklyHours: NaN } })],
  ["positions -0", () => ({ ...base(), positions: -0 })],
  ["positions 2^53", () => ({ ...base(), positions: 2 ** 53 })],
  ["a SIRET with a wrong checksum and an unknown key", () => ({ ...base(), organisation: { name: "MJC", identifiers: { siret: "12345678901234" } }, extra: true })],
  ["many errors at once", () => ({ title: "", organisation: {}, contracts: [], positions: 0, zzz: 1, language: "FR" })],
  ["tasks nested 20 deep", () => nested(20)],
  ["tasks nested 30 deep (over the depth limit)", () => nested(30)],
  ["a posting inheriting enumerable keys the schema knows", () => Object.assign(Object.create({ subtitle: "hérité", positions: 2 }), base())],
  ["not an object", () => "posting"],
  ["an array", () => [base()]],
  ["null", () => null],
];

describe("the fast path agrees with zod on hostile input", () => {
  for (const [name, make] of CASES) {
    it(name, () => {
      for (const options of [{ rules: false }, { locale: "en" as const }, { rules: false, limits: { maxDepth: 200 } }, { rules: false, limits: { maxNodes: 5 } }]) {
        expect(fastPathDisagreement(make(), options), JSON.stringify(options)).toBeUndefined();
      }
    });
  }

  it("at the exact node and depth limits of a valid posting, whether the fast path or the guard walks it first", () => {
    // The guard's count: the root, every own enumerable key and every element. The fast path, run first,
    // counts at least as many; the verdict must be the guard's at each limit around the posting's size.
    const posting = nested(6);
    const count = (x: unknown): number => (typeof x !== "object" || x === null ? 0 : Object.values(x).reduce((n: number, v) => n + 1 + count(v), 0));
    const size = 1 + count(posting);
    for (const maxNodes of [size - 1, size, size + 1]) {
      expect(fastPathDisagreement(posting, { rules: false, limits: { maxNodes } }), `maxNodes ${maxNodes}`).toBeUndefined();
      expect(validateJobPosting(posting, { rules: false, limits: { maxNodes } }).valid, `maxNodes ${maxNodes}`).toBe(maxNodes >= size);
    }
    // root, content, missions, a mission, its tasks, then a task and its sub-task list per level, the last task.
    const depth = 5 + 2 * 6 + 1;
    for (const maxDepth of [depth - 1, depth, depth + 1]) {
      expect(fastPathDisagreement(posting, { rules: false, limits: { maxDepth } }), `maxDepth ${maxDepth}`).toBeUndefined();
      expect(validateJobPosting(posting, { rules: false, limits: { maxDepth } }).valid, `maxDepth ${maxDepth}`).toBe(maxDepth >= depth);
    }
  });

  it("stops walking a small graph that unfolds into a huge tree, as the guard does", () => {
    // 20^12 nodes: neither zod nor an unbounded walk could finish; the guard's limit stops both paths.
    const huge = shared(20, 12);
    expect(validateDisagreement(huge, { rules: false })).toBeUndefined();
    expect(validateJobPosting(huge, { rules: false }).diagnostics.map((d) => d.code)).toEqual(["input/too-large"]);
    // 3^9 sub-tasks (about 89 000 nodes), within the default limit: valid, by either path.
    const wide = shared(3, 9);
    expect(validateDisagreement(wide, { rules: false })).toBeUndefined();
    expect(validateJobPosting(wide, { rules: false }).valid).toBe(true);
    expect(validateJobPosting(wide, { rules: false, limits: { maxNodes: 50_000 } }).diagnostics.map((d) => d.code)).toEqual(["input/too-large"]);
  });

  it("including the verdicts these cases are known for", () => {
    expect(validateJobPosting(CASES[0]![1](), { rules: false }).diagnostics.map((d) => [d.code, d.path])).toEqual([["structure/unknown-key", ["__proto__"]]]);
    expect(validateJobPosting(CASES[24]![1](), { rules: false }).valid).toBe(true);
    expect(validateJobPosting(CASES[25]![1](), { rules: false }).diagnostics.map((d) => d.code)).toEqual(["structure/too-long"]);
    expect(validateJobPosting(nested(30), { rules: false }).diagnostics.map((d) => d.code)).toEqual(["input/too-deep"]);
    expect(validateJobPosting(nested(30), { rules: false, limits: { maxDepth: 200 } }).valid).toBe(true);
  });
});
