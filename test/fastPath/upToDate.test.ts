import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFastPathModule, FAST_PATH_PATH } from "../../scripts/generate-fast-path.js";

describe("the generated fast path", () => {
  it("is up to date with the zod schema (run npm run generate:fast-path)", () => {
    const committed = readFileSync(join(import.meta.dirname, "..", "..", FAST_PATH_PATH), "utf8");
    expect(buildFastPathModule().text === committed, `${FAST_PATH_PATH} is stale: run npm run generate:fast-path`).toBe(true);
  });

  it("is generated deterministically", () => {
    expect(buildFastPathModule().text).toBe(buildFastPathModule().text);
  });
});
