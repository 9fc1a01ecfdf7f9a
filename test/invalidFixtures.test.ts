import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateJobPosting } from "../src/index.js";

/**
 * Each file in test/fixtures/invalid/ is `{ description, expect: [{ code, path }], posting }`:
 * `expect` lists exactly the error diagnostics the posting must produce, in order.
 */
interface InvalidFixture {
  description: string;
  expect: { code: string; path: (string | number)[] }[];
  posting: unknown;
}

const dir = join(import.meta.dirname, "fixtures", "invalid");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

describe("invalid fixtures", () => {
  it("there are at least 30, each with a description and an expectation", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of files) {
    const fixture = JSON.parse(readFileSync(join(dir, file), "utf8")) as InvalidFixture;
    it(`${file}: ${fixture.description}`, () => {
      expect(fixture.expect.length).toBeGreaterThan(0);
      for (const locale of ["fr", "en"] as const) {
        const result = validateJobPosting(fixture.posting, { locale });
        expect(result.valid).toBe(false);
        const errors = result.diagnostics.filter((d) => d.severity === "error");
        expect(errors.map((d) => ({ code: d.code, path: d.path }))).toEqual(fixture.expect);
        for (const d of errors) expect(d.message.length).toBeGreaterThan(5);
      }
    });
  }
});
