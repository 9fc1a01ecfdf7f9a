import { readFileSync } from "node:fs";
import { join } from "node:path";
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
});
