import fc from "fast-check";

type Schema = Record<string, unknown>;

/** Options of {@link arbitraryFromJsonSchema}. */
export interface ArbitraryOptions {
  /** Nesting of objects past which optional properties are left out (bounds recursive schemas). */
  maxObjectDepth?: number;
  /** Longest generated array. */
  maxItems?: number;
  /** Longest free string. */
  maxLength?: number;
  /** Arbitraries to use for properties of these names, for constraints JSON Schema cannot state (checksums). */
  propertyOverrides?: Record<string, fc.Arbitrary<unknown>>;
}

const ISO_DATE = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const EMAIL = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), fc.constantFrom("fr", "org", "coop", "asso.fr"))
  .filter(([local]) => !local.includes(".."))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const URL = fc.tuple(fc.constantFrom("http", "https"), fc.domain(), fc.stringMatching(/^(\/[a-z0-9-]{1,12}){0,3}$/)).map(([s, d, p]) => `${s}://${d}${p}`);

/**
 * A fast-check arbitrary of documents valid under a JSON Schema (the subset the generated
 * JobPosting schema uses: objects, arrays, strings with length, pattern and formats, numbers,
 * integers, enums, constants, `oneOf`/`anyOf`, local `$ref`s). It reads the *published* schema,
 * so the generator is derived from the one source of truth rather than written by hand.
 */
export function arbitraryFromJsonSchema(root: Schema, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const maxDepth = options.maxObjectDepth ?? 4;
  const maxItems = options.maxItems ?? 3;
  const maxLength = options.maxLength ?? 30;
  const defs = ((root["$defs"] ?? root["definitions"]) ?? {}) as Record<string, Schema>;

  const build = (schema: Schema, depth: number): fc.Arbitrary<unknown> => {
    if (typeof schema["$ref"] === "string") {
      const name = (schema["$ref"] as string).split("/").pop()!;
      return build(defs[name]!, depth);
    }
    if (Array.isArray(schema["allOf"]) && schema["allOf"].length === 1) return build(schema["allOf"][0] as Schema, depth);
    if ("const" in schema) return fc.constant(schema["const"]);
    if (Array.isArray(schema["enum"])) return fc.constantFrom(...(schema["enum"] as unknown[]));
    const alternatives = (schema["oneOf"] ?? schema["anyOf"]) as Schema[] | undefined;
    if (alternatives) return fc.oneof(...alternatives.map((s) => build(s, depth)));
    switch (schema["type"]) {
      case "boolean":
        return fc.boolean();
      case "integer": {
        const min = (schema["minimum"] as number | undefined) ?? -1000;
        const max = (schema["maximum"] as number | undefined) ?? 1000;
        return fc.integer({ min, max });
      }
      case "number": {
        const exMin = schema["exclusiveMinimum"] as number | undefined;
        const exMax = schema["exclusiveMaximum"] as number | undefined;
        const min = (schema["minimum"] as number | undefined) ?? exMin ?? -1e6;
        const max = (schema["maximum"] as number | undefined) ?? exMax ?? 1e6;
        return fc
          .double({ min, max, noNaN: true, noDefaultInfinity: true })
          .map((n) => (Object.is(n, -0) ? 0 : n))
          .filter((n) => (exMin === undefined || n > exMin) && (exMax === undefined || n < exMax));
      }
      case "string": {
        const minLength = (schema["minLength"] as number | undefined) ?? 0;
        const maxLen = Math.min((schema["maxLength"] as number | undefined) ?? maxLength, maxLength);
        const fits = (s: string) => s.length >= minLength && s.length <= ((schema["maxLength"] as number | undefined) ?? Infinity);
        if (schema["format"] === "date") return ISO_DATE;
        if (schema["format"] === "email") return EMAIL;
        if (schema["format"] === "uri") return URL;
        if (typeof schema["pattern"] === "string") return fc.stringMatching(new RegExp(schema["pattern"] as string)).filter(fits);
        return fc.string({ minLength, maxLength: Math.max(minLength, maxLen), unit: "grapheme" }).filter(fits);
      }
      case "array": {
        const minLength = (schema["minItems"] as number | undefined) ?? 0;
        const maxLen = Math.min((schema["maxItems"] as number | undefined) ?? maxItems, maxItems);
        return fc.array(build(schema["items"] as Schema, depth), { minLength, maxLength: Math.max(minLength, maxLen) });
      }
      case "object": {
        const properties = (schema["properties"] ?? {}) as Record<string, Schema>;
        const required = new Set((schema["required"] ?? []) as string[]);
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, sub] of Object.entries(properties)) {
          if (key === "$schema") continue;
          if (!required.has(key) && depth >= maxDepth) continue;
          model[key] = options.propertyOverrides?.[key] ?? build(sub, depth + 1);
        }
        return fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
      }
      default:
        throw new Error(`arbitraryFromJsonSchema: unsupported schema ${JSON.stringify(schema).slice(0, 200)}`);
    }
  };
  return build(root, 0);
}

/** Paths to every value of a JSON document, root excluded. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/** A mutation of a JSON document: replace a value, delete a key or array item, or add an unknown key. */
export type Mutation = { kind: "replace"; at: number; value: unknown } | { kind: "delete"; at: number } | { kind: "add-key"; at: number; key: string; value: unknown };

/** Arbitrary mutations, to apply with {@link mutate}. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("add-key" as const), at: fc.nat(), key: fc.string({ minLength: 1, maxLength: 8 }), value: fc.jsonValue({ maxDepth: 1 }) }),
);

/** Applies a mutation to a deep copy of the document. */
export function mutate(doc: unknown, m: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  const paths = pathsOf(copy);
  if (m.kind === "add-key") {
    const objects = [[], ...paths].filter((p) => {
      const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy);
      return typeof v === "object" && v !== null && !Array.isArray(v);
    });
    const target = objects[m.at % objects.length]!.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as Record<string, unknown>;
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  if (paths.length === 0) return m.kind === "replace" ? m.value : copy;
  const path = paths[m.at % paths.length]!;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown> | unknown[];
  const last = path[path.length - 1]!;
  if (m.kind === "replace") (parent as Record<string | number, unknown>)[last] = m.value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as Record<string, unknown>)[last as string];
  return copy;
}

/** Appends the Luhn check digit to a string of digits. */
export function withLuhnDigit(digits: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = digits + d;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let x = candidate.charCodeAt(candidate.length - 1 - i) - 48;
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

/** SIREN and SIRET numbers whose checksum holds, for `propertyOverrides`. */
export const identifierOverrides: Record<string, fc.Arbitrary<unknown>> = {
  siren: fc.stringMatching(/^[0-9]{8}$/).map(withLuhnDigit),
  siret: fc.stringMatching(/^[0-9]{13}$/).filter((s) => !s.startsWith("35600000")).map(withLuhnDigit),
};
