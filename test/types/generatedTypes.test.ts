import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { buildTypeEqualityCheck, buildTypes } from "../../scripts/buildTypes.js";

it("src/generated/types.ts and its equality check are generated from the zod schema and up to date", () => {
  expect(readFileSync("src/generated/types.ts", "utf8"), "stale: run npm run generate:types").toBe(buildTypes().source);
  expect(readFileSync("test/types/typesMatchSchema.ts", "utf8"), "stale: run npm run generate:types").toBe(buildTypeEqualityCheck());
});

it("names every part of the posting the package exports a schema for", () => {
  const { names, schemaExports } = buildTypes();
  for (const id of ["JobPosting", "Contract", "Pay", "PayAmount", "Eligibility", "ReportingLine", "Task"]) expect(names).toContain(id);
  expect(Object.keys(schemaExports).length).toBeGreaterThan(60);
});
