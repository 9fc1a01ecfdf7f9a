// The reference-data lookups on arguments the types forbid: undefined instead of a throw.
import { describe, expect, it } from "vitest";
import { apprenticeMinimumPayAt } from "../../src/parameters/apprenticeship/apprenticeMinimumPayAt.js";
import { microEntrepreneurAt } from "../../src/parameters/microEntrepreneur/microEntrepreneurAt.js";
import type { MicroEntrepreneurActivity } from "../../src/parameters/microEntrepreneur/MicroEntrepreneurActivity.js";
import type { Parameter } from "../../src/parameters/Parameter.js";
import { professionalisationMinimumPayAt } from "../../src/parameters/professionalisation/professionalisationMinimumPayAt.js";
import { smicAt } from "../../src/parameters/smic/smicAt.js";
import { smicHourly } from "../../src/parameters/smic/smicHourly.js";
import { valueAt } from "../../src/parameters/valueAt.js";

const throwing = () => {
  throw new Error("hostile");
};
const proxy = new Proxy({}, { get: throwing });

describe("lookups never throw", () => {
  it("valueAt: undefined for something that is not a dated series", () => {
    for (const parameter of [undefined, null, 5, {}, { values: "x" }, { values: [null] }, proxy]) {
      expect(valueAt(parameter as unknown as Parameter<number>, "2024-06-01")).toBeUndefined();
    }
    expect(valueAt(smicHourly, "2024-06-01")?.value).toBe(11.65);
  });

  it("microEntrepreneurAt: undefined for an activity that is not a string", () => {
    for (const activity of [Symbol("bnc"), Object.create(null), { toString: () => "bnc" }, undefined]) {
      expect(microEntrepreneurAt("2024-07-01", activity as MicroEntrepreneurActivity)).toBeUndefined();
    }
    expect(microEntrepreneurAt("2024-07-01", "bnc")?.contributionRate).toBe(0.231);
  });

  it("smicAt ignores hostile options; the work-study minima take a hostile input as no input", () => {
    expect(smicAt("2024-06-01", proxy as { territory: "mayotte" })?.hourly).toBe(11.65);
    expect(smicAt("2024-06-01", null as never)?.hourly).toBe(11.65);
    expect(apprenticeMinimumPayAt(proxy as never)).toBeUndefined();
    expect(professionalisationMinimumPayAt(proxy as never)).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: "18" as unknown as number, contractYear: 1 })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 18, contractYear: 1 })?.rate).toBe(0.43);
  });
});
