// Writes src/valibot/generated/JobPostingSchema.ts, the valibot flavour of the schema, by walking the
// zod schema's definitions (the one source of truth). `--check` exits 1 when the committed file differs.
// Any zod construct the walker does not know makes it fail with the path of the offending schema:
// nothing is skipped silently.
import { pathToFileURL } from "node:url";
import { writeGenerated } from "./writeGenerated.js";
import { z } from "zod";
import { JobPostingSchema } from "../src/jobPosting/JobPostingSchema.js";
import { REFINEMENTS } from "../src/validate/REFINEMENTS.js";

/** Where the generated file goes, from the repository's root. */
export const VALIBOT_SCHEMA_PATH = "src/valibot/generated/JobPostingSchema.ts";

/**
 * Recursive schemas (reached again while they are being generated) need their TypeScript type
 * spelled out for valibot's `lazy`: the type the zod module declares for the same schema, by `id`.
 */
const RECURSIVE_TYPES: Record<string, { type: string; from: string }> = {
  Task: { type: "Task", from: "../../content/ContentSchema.js" },
};

/** zod's named string formats the generated code supports, with zod's own pattern. */
const STRING_FORMATS = new Set(["date", "email"]);

/**
 * Strings on which a zod refinement and the function of REFINEMENTS it is mapped to must agree (the
 * generated code calls the latter): digit strings of every length up to 16 from a fixed
 * pseudo-random sequence (a quarter of them given a valid Luhn digit), La Poste's SIRET, and some
 * malformed ones.
 */
const REFINEMENT_SAMPLES: string[] = (() => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const luhn = (digits: string) => {
    for (let d = 0; d <= 9; d++) {
      const c = digits + d;
      let sum = 0;
      for (let i = 0; i < c.length; i++) {
        let x = c.charCodeAt(c.length - 1 - i) - 48;
        if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
      }
      if (sum % 10 === 0) return c;
    }
    return digits + "0";
  };
  const out = ["", " ", "abc", "55210055400013", "552100554", "35600000000048", "35600000049837", "356000000", "12345678a", "1234 5678 9"];
  for (let length = 1; length <= 16; length++) {
    for (let k = 0; k < 40; k++) {
      let digits = "";
      for (let i = 0; i < length; i++) digits += String(next() % 10);
      out.push(k % 4 === 0 ? luhn(digits.slice(0, -1)) : digits);
    }
  }
  return out;
})();

type Def = Record<string, unknown> & { type: string; checks?: z.core.$ZodCheck[] };
type Schema = z.core.$ZodType;

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;
const checkDef = (check: z.core.$ZodCheck): Record<string, unknown> => check._zod.def as unknown as Record<string, unknown>;

class UnsupportedError extends Error {}

function unsupported(path: string, what: string): never {
  throw new UnsupportedError(`generate-valibot: unsupported zod construct at ${path || "(root)"}: ${what}`);
}

function regexLiteral(re: RegExp, path: string): string {
  if (re.global || re.sticky) unsupported(path, `regex ${re} with the g or y flag`);
  return `/${re.source}/${re.flags}`;
}

/** A JSDoc comment, or nothing. */
function doc(lines: (string | undefined)[], indent: string): string {
  const text = lines.filter((l): l is string => !!l).map((l) => l.replace(/\*\//g, "*\\/"));
  if (text.length === 0) return "";
  if (text.length === 1 && text[0]!.length < 100) return `${indent}/** ${text[0]} */\n`;
  return `${indent}/**\n${text.map((l) => `${indent} * ${l}`).join("\n")}\n${indent} */\n`;
}

const literalOf = (value: unknown, path: string): string => {
  if (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return JSON.stringify(value);
  return unsupported(path, `literal ${String(value)}`);
};

/** The description of an object's entry: its own, else that of the schema it makes optional (named schemas have theirs). */
function describe(schema: Schema): string | undefined {
  const meta = z.globalRegistry.get(schema);
  if (typeof meta?.id === "string") return undefined;
  if (typeof meta?.description === "string") return meta.description;
  const def = defOf(schema);
  return def.type === "optional" ? describe(def["innerType"] as Schema) : undefined;
}

class Generator {
  /** Code of the named schemas, in dependency order. */
  private readonly definitions: string[] = [];
  /** Named schemas by instance: their const name, and whether their definition is written. */
  private readonly names = new Map<Schema, { name: string; id: string; state: "pending" | "done"; recursive: boolean }>();
  private readonly ids = new Map<string, Schema>();
  readonly compat = new Set<string>();
  readonly typeImports = new Map<string, Set<string>>();
  usesRefinements = false;

  /** Writes the definition of a named schema (and, first, of those it uses). */
  define(schema: Schema, id: string, path: string): string {
    const name = `${id}Schema`;
    const known = this.names.get(schema);
    if (known) return known.name;
    const other = this.ids.get(id);
    if (other && other !== schema) unsupported(path, `two different schemas with the id "${id}"`);
    this.ids.set(id, schema);
    const entry = { name, id, state: "pending" as "pending" | "done", recursive: false };
    this.names.set(schema, entry);
    const body = this.body(schema, path, "");
    entry.state = "done";
    const meta = z.globalRegistry.get(schema);
    let annotation = "";
    if (entry.recursive) {
      const type = RECURSIVE_TYPES[id] ?? unsupported(path, `recursive schema "${id}" without an entry in RECURSIVE_TYPES`);
      annotation = `: v.GenericSchema<${type.type}>`;
      if (!this.typeImports.has(type.from)) this.typeImports.set(type.from, new Set());
      this.typeImports.get(type.from)!.add(type.type);
    }
    const title = typeof meta?.title === "string" ? meta.title : undefined;
    const description = typeof meta?.description === "string" ? meta.description : undefined;
    this.definitions.push(`${doc([title && description ? `${title}: ${description}` : (description ?? title)], "")}export const ${name}${annotation} = ${body};\n`);
    // A named type for the schema, which the schemas that use it reference (`X as XType`, see `expr`):
    // their declarations then name it instead of repeating its whole type (half of the valibot
    // entry's declarations were repeated sub-schema types: 305 kB, 100 kB without). Not exported: the
    // schema's own type is the public one (an interface is how TypeScript's declarations name a type).
    if (!entry.recursive) this.definitions.push(`/** The type of {@link ${name}}. */\ninterface ${name}Type extends Named<typeof ${name}> {}\n`);
    return name;
  }

  /** The expression of a schema: a reference when it is named, else its body. */
  expr(schema: Schema, path: string, indent: string): string {
    const id = z.globalRegistry.get(schema)?.id;
    if (typeof id === "string") {
      const known = this.names.get(schema);
      if (known?.state === "pending") {
        known.recursive = true;
        return `v.lazy(() => ${known.name})`;
      }
      const name = this.define(schema, id, path);
      return this.names.get(schema)!.recursive ? name : `${name} as ${name}Type`;
    }
    return this.body(schema, path, indent);
  }

  private use(name: string): string {
    this.compat.add(name);
    return name;
  }

  private body(schema: Schema, path: string, indent: string): string {
    const def = defOf(schema);
    if (def["coerce"]) unsupported(path, `${def.type} with coerce`);
    switch (def.type) {
      case "optional":
        return `v.optional(${this.expr(def["innerType"] as Schema, path, indent)})`;
      case "string":
        return this.string(def, path);
      case "number":
        return this.number(def, path);
      case "boolean":
        this.noChecks(def, path);
        return "v.boolean()";
      case "literal": {
        this.noChecks(def, path);
        const values = def["values"] as unknown[];
        if (values.length !== 1) unsupported(path, "a literal with several values");
        return `${this.use("literal")}(${literalOf(values[0], path)})`;
      }
      case "enum": {
        this.noChecks(def, path);
        const entries = def["entries"] as Record<string, unknown>;
        for (const [k, value] of Object.entries(entries)) if (k !== value || typeof value !== "string") unsupported(path, "an enum that is not a list of strings");
        const values = Object.values(entries).map((x) => JSON.stringify(x));
        const oneLine = `${this.use("picklist")}([${values.join(", ")}])`;
        if (indent.length + oneLine.length <= 100) return oneLine;
        return `picklist([\n${values.map((x) => `${indent}  ${x},\n`).join("")}${indent}])`;
      }
      case "object":
        return this.object(schema, def, path, indent);
      case "array": {
        const checks = (def.checks ?? []).map((c) => {
          const cd = checkDef(c);
          if (cd["abort"]) unsupported(path, "a check with abort");
          if (cd["check"] === "min_length") return `${this.use("minLength")}(${cd["minimum"]})`;
          if (cd["check"] === "max_length") return `${this.use("maxLength")}(${cd["maximum"]})`;
          return unsupported(path, `array check ${String(cd["check"])}`);
        });
        const item = this.expr(def["element"] as Schema, `${path}[]`, indent);
        return `${this.use("array")}(${[item, ...checks].join(", ")})`;
      }
      case "union": {
        this.noChecks(def, path);
        const key = def["discriminator"];
        if (typeof key !== "string") unsupported(path, "a union without a discriminator (z.discriminatedUnion is supported)");
        const options = def["options"] as Schema[];
        const inner = `${indent}  `;
        const items = options.map((o, i) => {
          const odef = defOf(o);
          const disc = odef.type === "object" ? (odef["shape"] as Record<string, Schema>)[key] : undefined;
          if (!disc || !["literal", "enum"].includes(defOf(disc).type)) unsupported(`${path}|${i}`, `a discriminated union option whose "${key}" is not a literal`);
          return `${inner}${this.expr(o, `${path}|${i}`, inner)},\n`;
        });
        return `${this.use("variant")}(${JSON.stringify(key)}, [\n${items.join("")}${indent}])`;
      }
      case "lazy":
        return `v.lazy(() => ${this.expr((def["getter"] as () => Schema)(), path, indent)})`;
      default:
        return unsupported(path, `schema type "${def.type}"`);
    }
  }

  private noChecks(def: Def, path: string): void {
    if (def.checks?.length) unsupported(path, `checks on a ${def.type}`);
  }

  private string(def: Def, path: string): string {
    const items: string[] = [];
    if (def["check"] !== undefined) {
      // The schema is itself a string format (z.iso.date(), z.email()).
      const format = def["format"] as string;
      if (def["check"] !== "string_format" || !STRING_FORMATS.has(format)) unsupported(path, `string format ${format}`);
      if (def["abort"]) unsupported(path, "a format with abort");
      items.push(`${this.use("format")}(${JSON.stringify(format)}, ${regexLiteral(def["pattern"] as RegExp, path)})`);
    }
    for (const c of def.checks ?? []) {
      const cd = checkDef(c);
      if (cd["abort"]) unsupported(path, "a check with abort");
      switch (cd["check"]) {
        case "min_length":
          items.push(`${this.use("minLength")}(${cd["minimum"]})`);
          break;
        case "max_length":
          items.push(`${this.use("maxLength")}(${cd["maximum"]})`);
          break;
        case "string_format":
          if (cd["format"] === "regex") items.push(`v.regex(${regexLiteral(cd["pattern"] as RegExp, path)})`);
          else if (STRING_FORMATS.has(cd["format"] as string)) items.push(`${this.use("format")}(${JSON.stringify(cd["format"])}, ${regexLiteral(cd["pattern"] as RegExp, path)})`);
          else unsupported(path, `string format ${String(cd["format"])}`);
          break;
        case "custom": {
          const code = (cd["params"] as Record<string, unknown> | undefined)?.["code"];
          if (typeof code !== "string" || !(code in REFINEMENTS)) {
            unsupported(path, `a refinement whose params.code (${String(code)}) is not a key of REFINEMENTS (src/validate/REFINEMENTS.ts)`);
          }
          const disagreement = REFINEMENT_SAMPLES.find((sample) => (cd["fn"] as (s: string) => unknown)(sample) !== REFINEMENTS[code as keyof typeof REFINEMENTS](sample));
          if (disagreement !== undefined) unsupported(path, `the zod refinement "${code}" and REFINEMENTS["${code}"] disagree on "${disagreement}"`);
          this.usesRefinements = true;
          items.push(`v.check(REFINEMENTS[${JSON.stringify(code)}])`);
          break;
        }
        default:
          unsupported(path, `string check ${String(cd["check"])}`);
      }
    }
    return items.length === 0 ? "v.string()" : `v.pipe(v.string(), ${items.join(", ")})`;
  }

  private number(def: Def, path: string): string {
    const items: string[] = [];
    let base: string;
    if (def["check"] !== undefined) {
      if (def["check"] !== "number_format" || def["format"] !== "safeint") unsupported(path, `number format ${String(def["format"])}`);
      if (def["abort"]) unsupported(path, "a number format with abort");
      base = `${this.use("int")}()`;
      items.push("v.safeInteger()");
    } else {
      base = `${this.use("number")}()`;
    }
    for (const c of def.checks ?? []) {
      const cd = checkDef(c);
      if (cd["abort"]) unsupported(path, "a check with abort");
      const value = literalOf(cd["value"], path);
      if (cd["check"] === "greater_than") items.push(cd["inclusive"] ? `v.minValue(${value})` : `v.gtValue(${value})`);
      else if (cd["check"] === "less_than") items.push(cd["inclusive"] ? `v.maxValue(${value})` : `v.ltValue(${value})`);
      else unsupported(path, `number check ${String(cd["check"])}`);
    }
    return items.length === 0 ? base : `v.pipe(${[base, ...items].join(", ")})`;
  }

  private object(schema: Schema, def: Def, path: string, indent: string): string {
    this.noChecks(def, path);
    const catchall = def["catchall"] as Schema | undefined;
    if (!catchall || defOf(catchall).type !== "never") unsupported(path, "an object that is not strict (.strict())");
    const shape = (schema as unknown as { shape: Record<string, Schema> }).shape;
    const inner = `${indent}  `;
    const lines = Object.entries(shape).map(([key, value]) => {
      const described = describe(value);
      const name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
      return `${doc([described], inner)}${inner}${name}: ${this.expr(value, path ? `${path}.${key}` : key, inner)},\n`;
    });
    return `${this.use("strictObject")}({\n${lines.join("")}${indent}})`;
  }

  /** The whole file. */
  file(rootId: string): string {
    const compat = [...this.compat].sort();
    const imports = [
      `import * as v from "valibot";`,
      ...[...this.typeImports].sort(([a], [b]) => a.localeCompare(b)).map(([from, types]) => `import type { ${[...types].sort().join(", ")} } from "${from}";`),
      ...(this.usesRefinements ? [`import { REFINEMENTS } from "../../validate/REFINEMENTS.js";`] : []),
      ...compat.map((name) => `import { ${name} } from "../compat/${name}.js";`),
    ];
    return [
      "// GENERATED FILE — do not edit. Written by scripts/generate-valibot.ts (npm run generate:valibot)",
      "// from the zod schema, src/jobPosting/JobPostingSchema.ts, the one source of truth;",
      "// test/valibot/upToDate.test.ts fails when it is out of date.",
      "",
      imports.sort((a, b) => (a.startsWith('import * as v') ? -1 : b.startsWith('import * as v') ? 1 : 0)).join("\n"),
      "",
      "/** A type as it is: lets an interface name the type of a schema (`interface XType extends Named<typeof X> {}`). */",
      "type Named<T> = T;",
      "",
      this.definitions.join("\n"),
      // The plain interface generated from the zod schema (cheap to type-check, documented);
      // test/valibot/types.test.ts proves it equal to \`v.InferOutput\` of the schema.
      `/** The output type of {@link ${rootId}Schema}: the same interface as the zod flavour's. */`,
      `export type { ${rootId} } from "../../generated/types.js";`,
      "",
    ].join("\n");
  }
}

/**
 * The generated file's text, for the schema `root` (by default the posting's), which must have an
 * `id` in its metadata. Throws on any zod construct it cannot translate.
 */
export function buildValibotSchema(root: z.core.$ZodType = JobPostingSchema): string {
  const generator = new Generator();
  const id = z.globalRegistry.get(root)?.id;
  if (typeof id !== "string") unsupported("", "the root schema has no id in its metadata");
  generator.define(root, id, "");
  return generator.file(id);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeGenerated({ [VALIBOT_SCHEMA_PATH]: buildValibotSchema() }, "npm run generate:valibot");
}
