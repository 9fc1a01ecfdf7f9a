// The instances every JSON Schema validator is judged on: the shipped examples (valid), the invalid
// fixtures (invalid when all their expected codes are structural, valid otherwise: rules such as
// checksums are not expressible in JSON Schema), and single-field substitutions aimed at the places
// regex engines and date formats differ.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const read = (p: string) => JSON.parse(readFileSync(join(root, p), "utf8")) as unknown;

export interface SchemaCase {
  name: string;
  instance: unknown;
  /** The verdict JSON Schema must give (zod's, for what JSON Schema can express). */
  valid: boolean;
}

export const examples = (): SchemaCase[] =>
  readdirSync(join(root, "examples"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: `examples/${f}`, instance: read(`examples/${f}`), valid: true }));

export const fixtures = (): SchemaCase[] =>
  readdirSync(join(root, "test/fixtures/invalid"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const fixture = read(`test/fixtures/invalid/${f}`) as { expect: { code: string }[]; posting: unknown };
      const structural = fixture.expect.every((e) => e.code.startsWith("structure/") || e.code.startsWith("input/"));
      return { name: `test/fixtures/invalid/${f}`, instance: fixture.posting, valid: !structural };
    });

/** A copy of `doc` with the value at `path` replaced (the path must exist up to its parent). */
export function substitute(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/**
 * Findings of the cross-language attack (issue 17, finding 7): a final line feed after a value that
 * matches a pattern, year 0000, impossible days in full and partial dates. Expected verdicts are the
 * law of the calendar and of the patterns, as zod applies them.
 */
export function parityCases(): SchemaCase[] {
  const base = read("examples/la-tresse-2024.json");
  const cases: [string, (string | number)[], unknown, boolean][] = [
    ["foundedOn with a final line feed", ["organisation", "foundedOn"], "2022-07-01\n", false],
    ["foundedOn with a leading line", ["organisation", "foundedOn"], "x\n2022-07-01", false],
    ["foundedOn year 0000", ["organisation", "foundedOn"], "0000", false],
    ["foundedOn month of year 0000", ["organisation", "foundedOn"], "0000-07", false],
    ["foundedOn 30 February", ["organisation", "foundedOn"], "2023-02-30", false],
    ["foundedOn 29 February of a leap year", ["organisation", "foundedOn"], "2024-02-29", true],
    ["foundedOn 29 February 1900", ["organisation", "foundedOn"], "1900-02-29", false],
    ["foundedOn year 0001", ["organisation", "foundedOn"], "0001", true],
    ["approximate start 30 February", ["dates", "start", "earliest", "date"], "2024-02-30", false],
    ["approximate start year 0000", ["dates", "start", "earliest", "date"], "0000-03", false],
    ["approximate end 29 February 2024", ["dates", "end", "date"], "2024-02-29", true],
    ["posted with a final line feed", ["dates", "posted"], "2024-01-15\n", false],
    ["posted year 0000", ["dates", "posted"], "0000-01-15", false],
    ["posted year 0001", ["dates", "posted"], "0001-01-15", true],
    ["posted 29 February 2000", ["dates", "posted"], "2000-02-29", true],
    ["posted 31 April", ["dates", "posted"], "2024-04-31", false],
    ["language with a final line feed", ["language"], "fr\n", false],
    ["website with a final line feed", ["organisation", "website"], "https://example.org/\n", false],
    ["website with a dollar and a quote in the path", ["organisation", "website"], "https://example.org/a$b'c?d=1&e=(2)", true],
    // RFC 3986 keeps `[` and `]` for IPv6 hosts: the `uri` format refuses them in a path.
    ["website with brackets in the query", ["organisation", "website"], "https://example.org/?a[]=1", false],
  ];
  return cases.map(([name, path, value, valid]) => ({ name: `parity: ${name}`, instance: substitute(base, path, value), valid }));
}
