import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";
import { agreementGridStatus } from "../../scripts/agreementGridStatus.js";

it("the status of each encoded grid: first computable date, last value, verification", () => {
  const byIdcc = new Map(agreementGridStatus().map((s) => [s.idcc, s]));
  expect(byIdcc.get("2511")).toMatchObject({ since: "2023-01-01", lastValue: "2026-01-01", lastVerified: true });
  expect(byIdcc.get("0413")).toMatchObject({ since: "2021-02-01", lastValue: "2022-07-01", lastVerified: false });
  expect(byIdcc.get("2190")).toMatchObject({ since: "2022-01-01", lastValue: "2023-07-01" });
  expect(byIdcc.get("0029")).toMatchObject({ since: "2017-08-01", lastValue: "2022-07-01", lastVerified: false });
  expect(byIdcc.has("0783")).toBe(false);
});

it("the freshness check names every grid without a value for the year asked", () => {
  const out = execFileSync("npx", ["tsx", "scripts/freshness.ts", "2026"], { encoding: "utf8" });
  for (const idcc of ["0413", "1316", "2190", "2336", "3016"]) expect(out).toContain(`grid IDCC ${idcc} `);
  expect(out).not.toContain("grid IDCC 2511 ");
  expect(out).not.toContain("grid IDCC 1518 ");
});
