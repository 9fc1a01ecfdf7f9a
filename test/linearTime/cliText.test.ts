// Linear time in the CLI's own text handling: locating JSON paths, finding a JSON syntax error and
// wording it, splitting NDJSON lines, matching glob patterns against paths, and escaping report text.
import { describe, it } from "vitest";
import { findJsonSyntaxError } from "../../src/cli/findJsonSyntaxError.js";
import { globMatcher } from "../../src/cli/globToRegExp.js";
import { jsonError } from "../../src/cli/jsonError.js";
import { locateJsonPaths } from "../../src/cli/locateJsonPaths.js";
import { ndjsonLines } from "../../src/cli/ndjsonLines.js";
import { ndjsonRecord } from "../../src/cli/ndjsonRecord.js";
import { safeJson, safeText, xmlText } from "../../src/cli/report/safeText.js";
import { expectLinear, repeat } from "./support.js";

/** Hostile JSON texts of about `n` characters: deep nesting, long strings of escapes, many keys. */
const JSON_TEXTS: Record<string, (n: number) => string> = {
  nested: (n) => "[".repeat(n / 2) + "]".repeat(n / 2),
  "nested, unclosed": (n) => '{"a":'.repeat(n / 5),
  escapes: (n) => `{"title":"${repeat("\\\\\\u00e9\\n\\\"", n)}"}`,
  "unterminated string": (n) => `{"title":"${repeat("é\\\"", n)}`,
  "many keys": (n) => `{${repeat('"k":1,', n)}"end":0}`,
  "trailing commas": (n) => `[${repeat("1,", n)}]`,
  lines: (n) => `{${repeat('\n"k":\n1,', n)}"end":0}`,
  numbers: (n) => `[${repeat("-0.1e+", n)}]`,
};

describe("CLI text handling: time grows at most linearly (10 KB, 100 KB, 1 MB)", () => {
  for (const [name, make] of Object.entries(JSON_TEXTS)) {
    it(`findJsonSyntaxError, jsonError and locateJsonPaths: ${name}`, { timeout: 120_000 }, () => {
      expectLinear(make, (t) => findJsonSyntaxError(t));
      expectLinear(make, (t) => jsonError(t, "fr"));
      expectLinear(make, (t) => locateJsonPaths(t, [["title"], ["k"], [0, 0, 0], ["a", "a", "a"], ["end"]]));
    });
  }

  it("NDJSON: splitting lines (one long line, or many short ones, across chunks) and reading each", { timeout: 120_000 }, () => {
    for (const line of ['{"title":"x"}\n', "\n", "x".repeat(5000), '{"a":' + "[".repeat(1000)]) {
      expectLinear(
        (n) => Buffer.from(repeat(line, n)),
        (bytes) => {
          const splitter = ndjsonLines();
          let count = 0;
          for (let i = 0; i < bytes.length; i += 4096) for (const raw of splitter.push(bytes.subarray(i, i + 4096))) if (ndjsonRecord(raw, ++count, count, "en")) count++;
          for (const raw of splitter.end()) ndjsonRecord(raw, ++count, count, "en");
        },
      );
    }
  });

  it("glob patterns against long paths", { timeout: 120_000 }, () => {
    // Stars around repeated letters made the former regular expression backtrack: 345 ms on a 250-character name, 5 s on 1 000.
    for (const glob of ["postings/**/*.{json,yaml}", "*a*a*b.json", "**/*a*a*a*b.json"]) {
      const re = globMatcher(glob);
      // A path is at most 4 096 bytes (PATH_MAX), a name 255: 1 KB, 10 KB and 100 KB are past both.
      for (const unit of ["a/", "ab"]) expectLinear((n) => repeat(unit, n), (path) => re.test(path), [1_000, 10_000, 100_000]);
    }
  });

  it("escaping report text (pretty, json, sarif, junit, github)", { timeout: 120_000 }, () => {
    for (const unit of ["::\n", "\u001b[2J##", "é&<>\"'\ud83d\ude00\ud800"]) {
      const make = (n: number) => repeat(unit, n);
      expectLinear(make, safeText);
      expectLinear(make, (t) => safeJson({ message: t }));
      expectLinear(make, xmlText);
    }
  });
});
