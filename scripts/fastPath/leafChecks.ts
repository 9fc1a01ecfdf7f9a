// The conditions of the leaves of the schema (strings, numbers, booleans, literals, enums) for the
// fast path that scripts/generate-fast-path.ts writes: each returns a JavaScript boolean expression
// over a variable, true exactly when zod's parse of that leaf gives no issue. Anything the walker
// does not know throws, with the path of the schema: nothing is skipped silently.
import type { z } from "zod";
import { REFINEMENTS } from "../../src/validate/REFINEMENTS.js";

export type Def = Record<string, unknown> & { type: string; checks?: z.core.$ZodCheck[] };
export type Schema = z.core.$ZodType;

export const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;
const checkDef = (check: z.core.$ZodCheck): Record<string, unknown> => check._zod.def as unknown as Record<string, unknown>;

/** Thrown on a zod construct the fast path cannot translate. */
export class UnsupportedError extends Error {}

export function unsupported(path: string, what: string): never {
  throw new UnsupportedError(`generate-fast-path: unsupported zod construct at ${path || "(root)"}: ${what}`);
}

/** String formats that are a pattern and nothing else in zod (z.email(), z.iso.date(), .regex()). */
const PATTERN_FORMATS = new Set(["regex", "email", "date"]);

/** What the leaves need from the module being written: constants hoisted to its top. */
export interface LeafContext {
  /** A module-level constant for the expression (a regex, a Set), named once per distinct text. */
  constant(text: string): string;
  /** Notes that the module imports a runtime helper (`codePointLength`, `REFINEMENTS`). */
  needs(name: "codePointLength" | "REFINEMENTS"): void;
}

/** A literal JavaScript value zod compares with `===`/SameValueZero alike: strings, booleans, finite numbers. */
export function literalOf(value: unknown, path: string): string {
  if (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return JSON.stringify(value);
  return unsupported(path, `literal ${String(value)}`);
}

function regexConstant(re: unknown, path: string, ctx: LeafContext): string {
  if (!(re instanceof RegExp)) return unsupported(path, "a string format without a pattern");
  if (re.global || re.sticky) unsupported(path, `regex ${re} with the g or y flag`);
  return ctx.constant(`/${re.source}/${re.flags}`);
}

/** zod's `.min(n)` on a string: at least `n` code points (units < n: too short; units ≥ 2n: long enough). */
function minLength(v: string, n: number, ctx: LeafContext): string | undefined {
  if (n <= 0) return undefined;
  if (n === 1) return `${v}.length >= 1`;
  ctx.needs("codePointLength");
  return `(${v}.length >= ${2 * n} || (${v}.length >= ${n} && codePointLength(${v}) >= ${n}))`;
}

/** zod's `.max(n)` on a string: at most `n` code points (counted only when the units exceed `n`). */
function maxLength(v: string, n: number, ctx: LeafContext): string {
  ctx.needs("codePointLength");
  return `(${v}.length <= ${n} || codePointLength(${v}) <= ${n})`;
}

function stringCondition(def: Def, v: string, path: string, ctx: LeafContext): string {
  const lengths: string[] = [];
  const patterns: string[] = [];
  const refinements: string[] = [];
  const format = (check: Record<string, unknown>) => {
    if (!PATTERN_FORMATS.has(check["format"] as string)) unsupported(path, `string format ${String(check["format"])}`);
    patterns.push(`${regexConstant(check["pattern"], path, ctx)}.test(${v})`);
  };
  // The schema may itself be a format (z.email(), z.iso.date()).
  if (def["check"] !== undefined) {
    if (def["check"] !== "string_format") unsupported(path, `string check ${String(def["check"])}`);
    format(def);
  }
  for (const c of def.checks ?? []) {
    const cd = checkDef(c);
    switch (cd["check"]) {
      case "min_length": {
        const cond = minLength(v, cd["minimum"] as number, ctx);
        if (cond) lengths.push(cond);
        break;
      }
      case "max_length":
        lengths.push(maxLength(v, cd["maximum"] as number, ctx));
        break;
      case "string_format":
        format(cd);
        break;
      case "custom": {
        const code = (cd["params"] as Record<string, unknown> | undefined)?.["code"];
        if (typeof code !== "string" || !Object.prototype.hasOwnProperty.call(REFINEMENTS, code)) {
          unsupported(path, `a refinement whose params.code (${String(code)}) is not a key of REFINEMENTS (src/validate/REFINEMENTS.ts)`);
        }
        if (cd["fn"] !== REFINEMENTS[code as keyof typeof REFINEMENTS]) unsupported(path, `the refinement "${code}" is not the function REFINEMENTS["${code}"] itself`);
        if (cd["when"] !== undefined) unsupported(path, `the refinement "${code}" has a "when" condition`);
        ctx.needs("REFINEMENTS");
        refinements.push(`REFINEMENTS[${JSON.stringify(code)}](${v})`);
        break;
      }
      default:
        unsupported(path, `string check ${String(cd["check"])}`);
    }
  }
  // Cheapest first: the type, the lengths (which bound what a pattern reads), the patterns, the refinements.
  return [`typeof ${v} === "string"`, ...lengths, ...patterns, ...refinements].join(" && ");
}

function numberCondition(def: Def, v: string, path: string): string {
  let integer = false;
  const bounds: string[] = [];
  const numberFormat = (check: Record<string, unknown>) => {
    if (check["format"] !== "safeint") unsupported(path, `number format ${String(check["format"])}`);
    integer = true;
  };
  if (def["check"] !== undefined) {
    if (def["check"] !== "number_format") unsupported(path, `number check ${String(def["check"])}`);
    numberFormat(def);
  }
  for (const c of def.checks ?? []) {
    const cd = checkDef(c);
    if (cd["check"] === "number_format") numberFormat(cd);
    else if (cd["check"] === "greater_than") bounds.push(`${v} ${cd["inclusive"] ? ">=" : ">"} ${literalOf(cd["value"], path)}`);
    else if (cd["check"] === "less_than") bounds.push(`${v} ${cd["inclusive"] ? "<=" : "<"} ${literalOf(cd["value"], path)}`);
    else unsupported(path, `number check ${String(cd["check"])}`);
  }
  // zod's number refuses NaN and ±Infinity; its safeint format, anything but a safe integer.
  return [integer ? `Number.isSafeInteger(${v})` : `typeof ${v} === "number" && Number.isFinite(${v})`, ...bounds].join(" && ");
}

function noChecks(def: Def, path: string): void {
  if (def.checks?.length) unsupported(path, `checks on a ${def.type}`);
}

/** `v === a || v === b…`, or a Set's `has` when the values are many. */
function oneOf(values: unknown[], v: string, path: string, ctx: LeafContext): string {
  if (values.length === 0) unsupported(path, "an enum or literal without values");
  const literals = values.map((x) => literalOf(x, path));
  if (literals.length <= 3) return literals.length === 1 ? `${v} === ${literals[0]}` : `(${literals.map((l) => `${v} === ${l}`).join(" || ")})`;
  return `${ctx.constant(`new Set([${literals.join(", ")}])`)}.has(${v})`;
}

/** The values an enum or a literal accepts. */
export function valuesOf(def: Def, path: string): unknown[] {
  if (def.type === "literal") return def["values"] as unknown[];
  const entries = def["entries"] as Record<string, unknown>;
  // zod accepts an enum's values, not its keys (a TypeScript numeric enum maps names to numbers and back).
  for (const [k, value] of Object.entries(entries)) if (k !== value) unsupported(path, "an enum whose keys are not its values");
  return Object.values(entries);
}

/** The condition for a leaf kind, or `undefined` when `def` is not a leaf (objects, arrays, unions…). */
export function leafCondition(def: Def, v: string, path: string, ctx: LeafContext): string | undefined {
  if (def["coerce"]) unsupported(path, `${def.type} with coerce`);
  switch (def.type) {
    case "string":
      return stringCondition(def, v, path, ctx);
    case "number":
      return numberCondition(def, v, path);
    case "boolean":
      noChecks(def, path);
      return `typeof ${v} === "boolean"`;
    case "literal":
    case "enum":
      noChecks(def, path);
      return oneOf(valuesOf(def, path), v, path, ctx);
    default:
      return undefined;
  }
}
