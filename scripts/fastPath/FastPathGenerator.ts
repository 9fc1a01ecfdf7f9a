// The containers of the schema (objects, arrays, discriminated unions, lazy and recursive schemas)
// for the fast path that scripts/generate-fast-path.ts writes: one function per container, which
// returns what zod's parse returns (a copy, keys in the shape's order) when zod would give no issue,
// and `undefined` otherwise. Leaves are conditions (leafChecks.ts). Any other zod construct throws.
// Each thing is written once and called (the package ships this module twice, ESM and CommonJS): a
// schema instance used in several places (DurationSchema…) is one function; two containers whose
// bodies come out the same share one; a leaf condition that recurs is one `leafN` function; the
// object prologue and an optional key read as `undefined` are helpers.
import { z } from "zod";
import { defOf, leafCondition, literalOf, unsupported, valuesOf, type Def, type LeafContext, type Schema } from "./leafChecks.js";

/** The JavaScript identifier of an object key, or its quoted form. */
const prop = (key: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/** A function's name for a schema: its `id` when it has one, else a number. */
const sanitise = (id: string): string => id.replace(/[^A-Za-z0-9_$]/g, "_");

export class FastPathGenerator implements LeafContext {
  /** The code of the functions, in the order they were started (the root first). */
  private readonly functions: string[] = [];
  /** Functions by schema instance, so that a schema used twice (or recursively) is written once. */
  private readonly names = new Map<Schema, string>();
  private readonly taken = new Set<string>();
  /** Module-level constants by their text. */
  private readonly constants = new Map<string, string>();
  readonly helpers = new Set<"codePointLength" | "REFINEMENTS">();
  /** The kinds of zod nodes translated, for the coverage test. */
  readonly kinds = new Set<string>();
  /** Leaf conditions (over a variable `v`) by their text: the number of the shared function, and how often used. */
  private readonly leaves = new Map<string, { index: number; uses: number }>();
  /** Container functions by their body, so that two schemas that check the same (a list of short strings…) share one. */
  private readonly bodies = new Map<string, string>();
  /** Functions whose body is being written, and those of them reached again from inside it (recursive schemas). */
  private readonly writing = new Set<string>();
  private readonly recursive = new Set<string>();

  constant(text: string): string {
    let name = this.constants.get(text);
    if (!name) {
      name = `C${this.constants.size}`;
      this.constants.set(text, name);
    }
    return name;
  }

  needs(name: "codePointLength" | "REFINEMENTS"): void {
    this.helpers.add(name);
  }

  /**
   * What a generated module holds before its entry points: its imports (the root's type `typeName`, and the
   * helpers the code calls; `src` is the path of src/ from the generated file's folder, with its trailing
   * slash), the constants and the helpers.
   */
  preamble(typeName: string, src: string): string[] {
    return [
      `import type { ${typeName} } from "${src}generated/types.js";`,
      ...(this.helpers.has("REFINEMENTS") ? [`import { REFINEMENTS } from "${src}validate/REFINEMENTS.js";`] : []),
      ...(this.helpers.has("codePointLength") ? [`import { codePointLength } from "${src}text/codePointLength.js";`] : []),
      "",
      ...this.constantDeclarations(),
      "",
      ...this.helperDeclarations(),
    ];
  }

  /** The module-level constants, as declarations. */
  constantDeclarations(): string[] {
    return [...this.constants].map(([text, name]) => `const ${name} = ${text};`);
  }

  /** The helpers the container functions call, as declarations (a call each instead of the same lines in every function). */
  helperDeclarations(): string[] {
    return [
      "/**",
      " * The walk's count of the input's nodes (1 for the root, then every property and element: at least",
      " * what `inspectInput` counts, which does not count inherited keys) and the limits it stops at",
      " * (`parseJobPostingFastWithin`): past them it throws `OVER_LIMITS` and the input guard decides.",
      " */",
      "let nodes = 1;",
      "let maxNodes = Infinity;",
      "let maxDepth = Infinity;",
      'const OVER_LIMITS = new RangeError("over the input limits");',
      "",
      "/** A container at depth `d` (the root is 1) holding `n` values: within the limits, or throws. */",
      "function enter(n: number, d: number): void {",
      "  if (d > maxDepth || (nodes += n) > maxNodes) throw OVER_LIMITS;",
      "}",
      "",
      "/** zod's object: a non-null object that is not an array. */",
      "function isObject(x: any): boolean {",
      '  return typeof x === "object" && x !== null && !Array.isArray(x);',
      "}",
      "",
      "/** zod's strict object (at depth `d`): an object with no enumerable key, own or inherited, outside `keys`. */",
      "function isStrictObject(x: any, keys: Set<string>, d: number): boolean {",
      "  if (!isObject(x)) return false;",
      "  let n = 0;",
      "  for (const k in x) {",
      "    if (!keys.has(k)) return false;",
      "    n++;",
      "  }",
      "  enter(n, d);",
      "  return true;",
      "}",
      "",
      "/** An object whose unknown keys are not read (a stripping one): its size is not known, so under limits the guard decides. */",
      "function unsized(): void {",
      "  if (maxNodes !== Infinity || maxDepth !== Infinity) throw OVER_LIMITS;",
      "}",
      "",
      "/** An optional property read as `undefined`: zod's output has it only when the input has the key. */",
      "function keepUndefined(o: any, x: any, key: string): void {",
      "  if (key in x) o[key] = undefined;",
      "}",
      "",
      "",
    ];
  }

  /** The functions written, root first (those whose body proved the same as an earlier one's left out). */
  functionDeclarations(): string[] {
    return this.functions.filter((f) => f !== "").map((f) => this.resolveLeaves(f));
  }

  private freshName(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }

  /**
   * Code that checks the value in variable `v` against `schema`, running `fail` (a statement that
   * leaves the function) when zod would report an issue, and else stores zod's output in `into` (an
   * assignable expression): `v` itself for a leaf, the container's copy otherwise. A leaf's condition
   * is a call to a shared function when the same condition occurs more than once in the module.
   */
  check(schema: Schema, v: string, into: string, fail: string, path: string): string {
    const def = this.resolve(schema, path);
    if (def.type !== "union") this.kinds.add(def.type); // a union counts once it proves discriminated
    const leaf = leafCondition(def, "v", path, this);
    if (leaf !== undefined) return `if (!${this.leafCall(leaf, v)}) ${fail}\n${into} = ${v};`;
    // The copy is stored before it is known to be complete: on a failure the caller's copy is dropped.
    return `if ((${into} = ${this.functionOf(schema, path)}(${v}, d + 1)) === undefined) ${fail}`;
  }

  /**
   * A marker for the condition `leaf` (written over a variable `v`) applied to `v`, that
   * `resolveLeaves` turns into a call to a shared function when the condition is used more than once,
   * and into the condition itself otherwise.
   */
  private leafCall(leaf: string, v: string): string {
    let entry = this.leaves.get(leaf);
    if (!entry) {
      entry = { index: this.leaves.size, uses: 0 };
      this.leaves.set(leaf, entry);
    }
    entry.uses++;
    return `\u0000${entry.index}\u0000${v}\u0000`;
  }

  /** The code with each leaf marker resolved; the shared leaf functions, as declarations. */
  private resolveLeaves(code: string): string {
    const byIndex = [...this.leaves];
    return code.replace(/\u0000(\d+)\u0000([A-Za-z_$][A-Za-z0-9_$]*)\u0000/g, (_, index: string, v: string) => {
      const [leaf, { uses }] = byIndex[Number(index)]!;
      if (uses > 1) return `${leafName(Number(index))}(${v})`;
      return `(${v === "v" ? leaf : unsupported("", `a leaf condition over "${v}" used once`)})`;
    });
  }

  /** The shared leaf functions (conditions used more than once), as declarations. */
  leafDeclarations(): string[] {
    return [...this.leaves].filter(([, { uses }]) => uses > 1).map(([leaf, { index }]) => `function ${leafName(index)}(v: any): boolean {\n  return ${leaf};\n}\n`);
  }

  /** The def of a schema, through `z.lazy` (whose getter zod calls once and caches). */
  private resolve(schema: Schema, path: string): Def {
    const def = defOf(schema);
    if (def.type === "lazy") {
      this.kinds.add("lazy");
      return this.resolve((def["getter"] as () => Schema)(), path);
    }
    if (def.type === "optional") unsupported(path, "an optional schema outside an object's property");
    return def;
  }

  private target(schema: Schema): Schema {
    const def = defOf(schema);
    return def.type === "lazy" ? this.target((def["getter"] as () => Schema)()) : schema;
  }

  /** The name of the function that parses a container schema, written on first use. */
  functionOf(schema: Schema, path: string): string {
    const target = this.target(schema);
    const known = this.names.get(target);
    if (known) {
      if (this.writing.has(known)) this.recursive.add(known);
      return known;
    }
    const id = z.globalRegistry.get(target)?.id;
    const def = defOf(target);
    const name = this.freshName(typeof id === "string" ? `parse${sanitise(id)}` : `${def.type}${this.names.size}`);
    this.names.set(target, name);
    const slot = this.functions.length;
    this.functions.push("");
    this.writing.add(name);
    const body = this.body(target, def, path);
    this.writing.delete(name);
    // A function that no other one calls yet (not recursive) and whose body is another's is that one.
    const same = this.recursive.has(name) ? undefined : this.bodies.get(body);
    if (same !== undefined) {
      this.names.set(target, same);
      return same;
    }
    this.bodies.set(body, name);
    this.functions[slot] = `function ${name}(x: any, d: number): any {\n${indent(body)}\n}\n`;
    return name;
  }

  private body(schema: Schema, def: Def, path: string): string {
    switch (def.type) {
      case "object":
        return this.object(schema, def, path);
      case "array":
        return this.array(def, path);
      case "union":
        return this.discriminatedUnion(def, path);
      default:
        return unsupported(path, `schema type "${def.type}"`);
    }
  }

  /**
   * The name of a function `(x, failed) => void` that checks every property of the object schema
   * `schema` (for a value already known to be an object) and pushes the key and value of each one
   * zod would report an issue on, in the shape's order, into `failed`; unknown keys are not looked at.
   */
  failuresFunctionOf(schema: Schema, path: string): string {
    const def = defOf(schema);
    if (def.type !== "object") unsupported(path, "failures of a schema that is not an object");
    const id = z.globalRegistry.get(schema)?.id;
    const name = this.freshName(`collect${typeof id === "string" ? sanitise(id) : "Object"}Failures`);
    const slot = this.functions.length;
    this.functions.push("");
    this.functions[slot] = `function ${name}(x: any, failed: unknown[]): void {\n${indent(`const d = 1;\n${this.object(schema, def, path, true)}`)}\n}\n`;
    return name;
  }

  private object(schema: Schema, def: Def, path: string, collect = false): string {
    if (def.checks?.length) unsupported(path, "checks (refine, superRefine) on an object");
    const catchall = def["catchall"] as Schema | undefined;
    const strict = catchall !== undefined;
    if (strict && defOf(catchall).type !== "never") unsupported(path, "an object with a catchall (only strict objects and stripping ones are supported)");
    const shape = (schema as unknown as { shape: Record<string, Schema> }).shape;
    if (Object.getOwnPropertySymbols(shape).length > 0) unsupported(path, "an object with symbol keys");
    const keys = Object.keys(shape);
    if (keys.includes("__proto__")) unsupported(path, 'an object with a "__proto__" key');
    const lines: string[] = [];
    // zod's strict object reports every enumerable key, own or inherited, its shape does not declare.
    if (strict && !collect) lines.push(`if (!isStrictObject(x, ${this.constant(`new Set(${JSON.stringify(keys)})`)}, d)) return undefined;`);
    else if (!collect) lines.push("if (!isObject(x)) return undefined;", "unsized();");
    lines.push("const o: any = {};", "let v: any;");
    keys.forEach((key, i) => {
      const at = path ? `${path}.${key}` : key;
      const entry = shape[key]!;
      const entryDef = defOf(entry);
      const read = `v = x${prop(key)};`;
      const fail = collect ? `{\n  failed.push(${JSON.stringify(key)}, v);\n  break p${i};\n}` : "return undefined;";
      const property: string[] = [];
      if (entryDef.type === "optional") {
        this.kinds.add("optional");
        if (entry._zod.traits.has("$ZodExactOptional")) unsupported(at, "an exact optional");
        const inner = entryDef["innerType"] as Schema;
        if (defOf(inner).type === "optional" || inner._zod.optin !== undefined) unsupported(at, "an optional of a schema that is itself optional or defaulted");
        // Absent or undefined: no issue; zod's output has the key (undefined) only when the input has it.
        const code = this.check(inner, "v", `o${prop(key)}`, fail, at);
        property.push(read, `if (v === undefined) keepUndefined(o, x, ${JSON.stringify(key)});\nelse {\n${indent(code)}\n}`);
      } else {
        if (entry._zod.optin !== undefined) unsupported(at, `a property of type "${entryDef.type}" that accepts absence`);
        property.push(read, this.check(entry, "v", `o${prop(key)}`, fail, at));
      }
      lines.push(...(collect ? [`p${i}: {\n${indent(property.join("\n"))}\n}`] : property));
    });
    if (!collect) lines.push("return o;");
    return lines.join("\n");
  }

  private array(def: Def, path: string): string {
    const bounds: string[] = [];
    for (const c of def.checks ?? []) {
      const cd = c._zod.def as unknown as Record<string, unknown>;
      if (cd["check"] === "min_length") bounds.push(`n < ${literalOf(cd["minimum"], path)}`);
      else if (cd["check"] === "max_length") bounds.push(`n > ${literalOf(cd["maximum"], path)}`);
      else unsupported(path, `array check ${String(cd["check"])}`);
    }
    const element = def["element"] as Schema;
    const code = this.check(element, "v", "o[i]", "return undefined;", `${path}[]`);
    const lines = ["if (!Array.isArray(x)) return undefined;", "const n = x.length;"];
    if (bounds.length) lines.push(`if (${bounds.join(" || ")}) return undefined;`);
    lines.push(
      "enter(n, d);",
      "const o = new Array(n);",
      "let v: any;",
      `for (let i = 0; i < n; i++) {\n  v = x[i];\n${indent(code)}\n}`,
      "return o;",
    );
    return lines.join("\n");
  }

  private discriminatedUnion(def: Def, path: string): string {
    if (def.checks?.length) unsupported(path, "checks on a union");
    const key = def["discriminator"];
    if (typeof key !== "string") unsupported(path, "a union without a discriminator (z.discriminatedUnion is supported)");
    if (def["unionFallback"]) unsupported(path, "a discriminated union with unionFallback");
    this.kinds.add("discriminatedUnion");
    const cases = (def["options"] as Schema[]).map((option, i) => {
      const at = `${path}|${i}`;
      const target = this.target(option);
      const odef = defOf(target);
      if (odef.type !== "object") unsupported(at, "a discriminated union option that is not an object");
      const disc = (target as unknown as { shape: Record<string, Schema> }).shape[key];
      const ddef = disc ? defOf(disc) : undefined;
      if (!ddef || (ddef.type !== "literal" && ddef.type !== "enum")) unsupported(at, `a discriminated union option whose "${key}" is not a literal or an enum`);
      const values = valuesOf(ddef, at);
      if (!values.every((x) => typeof x === "string")) unsupported(at, `a discriminated union option whose "${key}" values are not strings`);
      return `${values.map((x) => `case ${literalOf(x, at)}:`).join(" ")}\n  return ${this.functionOf(option, at)}(x, d);`;
    });
    return [
      "if (!isObject(x)) return undefined;",
      `switch (x${prop(key)}) {\n${indent(cases.join("\n"))}\n  default:\n    return undefined;\n}`,
    ].join("\n");
  }
}

/** The name of the shared function of a leaf condition. */
const leafName = (index: number): string => `leaf${index}`;

const indent = (text: string): string =>
  text
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
