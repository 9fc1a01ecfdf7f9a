import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonPaths } from "../src/cli/locateJsonPaths.js";

const text = ['{', '  "title": "Animateur",', '  "contracts": [', '    { "type": "cdd", "duration": { "value": 12 } },', '    { "type": "stage" }', '  ],', '  "esc": "a\\"b\\\\",', '  "n": -1.5e3', '}'].join("\n");

describe("locateJsonPaths", () => {
  it("locates values in nested objects and arrays", () => {
    expect(locateJsonPaths(text, [[], ["title"], ["contracts"], ["contracts", 0, "duration", "value"], ["contracts", 1, "type"], ["esc"], ["n"]])).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 12 },
      { line: 3, column: 16 },
      { line: 4, column: 45 },
      { line: 5, column: 15 },
      { line: 7, column: 10 },
      { line: 8, column: 8 },
    ]);
  });

  it("falls back to the deepest existing value for a missing key or an unreachable path", () => {
    expect(locateJsonPaths(text, [["contracts", 1, "duration"], ["contracts", 7, "type"], ["nope", "deeper"]])).toEqual([
      { line: 5, column: 5 },
      { line: 3, column: 16 },
      { line: 1, column: 1 },
    ]);
  });

  it("returns undefined for every path of a text that is not JSON", () => {
    expect(locateJsonPaths('{"a": ', [["a"], []])).toEqual([undefined, undefined]);
  });

  it("handles a byte-order mark, CRLF and lone CR line ends, and adds a line offset", () => {
    expect(locateJsonPaths('\uFEFF{\r\n"a":\r 1}', [["a"]])).toEqual([{ line: 3, column: 2 }]);
    expect(locateJsonPaths('{"a": 1}', [["a"]], { lineOffset: 41 })).toEqual([{ line: 42, column: 7 }]);
  });

  it("locates the last of duplicate keys, as JSON.parse keeps it, and __proto__ like any key", () => {
    expect(locateJsonPaths('{"a": 1,\n "a": 2}', [["a"]])).toEqual([{ line: 2, column: 7 }]);
    expect(locateJsonPaths('{"__proto__": {"x": true}}', [["__proto__", "x"]])).toEqual([{ line: 1, column: 21 }]);
  });

  it("handles 100 000 levels of nesting without recursion", () => {
    const deep = "[".repeat(100_000) + "1" + "]".repeat(100_000);
    expect(locateJsonPaths(deep, [[0, 0, 0]])).toEqual([{ line: 1, column: 4 }]);
  });

  it("points at the IDCC of the Labo de l'ESS example", () => {
    const file = readFileSync(join(import.meta.dirname, "..", "examples", "labo-ess-2023.json"), "utf8");
    const lines = file.split("\n");
    const lineIndex = lines.findIndex((l) => l.includes('"idcc": "1518"'));
    expect(locateJsonPaths(file, [["collectiveAgreement", "idcc"]])).toEqual([{ line: lineIndex + 1, column: lines[lineIndex]!.indexOf('"1518"') + 1 }]);
  });

  it("locates every value of any JSON document, compact or indented, wanted paths and skipped containers alike", () => {
    /** Every path of a value, with the value there. */
    const pathsOf = (v: unknown, at: (string | number)[] = []): [(string | number)[], unknown][] => [
      [at, v],
      ...(Array.isArray(v) ? v.flatMap((x, i) => pathsOf(x, [...at, i])) : v !== null && typeof v === "object" ? Object.entries(v).flatMap(([k, x]) => pathsOf(x, [...at, k])) : []),
    ];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, "\t"), fc.nat(), (value, indent, pick) => {
        const text = JSON.stringify(value, null, indent);
        const all = pathsOf(JSON.parse(text));
        // One path asked for (the rest of the document is skipped), then all of them.
        for (const wanted of [[all[pick % all.length]!], all]) {
          const lines = text.split("\n");
          const found = locateJsonPaths(text, wanted.map(([p]) => p), { valid: true });
          wanted.forEach(([, v], i) => {
            const { line, column } = found[i]!;
            const rest = lines[line - 1]!.slice(column - 1);
            const compact = JSON.stringify(v);
            // The value starts there: all of it on a compact line, its first character when indented.
            expect(indent === 0 ? rest.startsWith(compact) : rest[0] === compact[0]).toBe(true);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
