// Small public helpers on values the types forbid: a plain answer, never a throw.
import { describe, expect, it } from "vitest";
import { isValidSiren, isValidSiret, postingDate, toJsonPointer, type DiagnosticPath, type JobPosting } from "../src/index.js";

describe("never throws on values of the wrong type", () => {
  it("isValidSiren / isValidSiret: false for anything that is not a string", () => {
    for (const value of [Symbol("x"), Object.create(null), 552100554, 55210055400013, null, undefined, ["552100554"]]) {
      expect(isValidSiren(value as string)).toBe(false);
      expect(isValidSiret(value as string)).toBe(false);
    }
    expect(isValidSiren("552100554")).toBe(true);
    expect(isValidSiret("55210055400013")).toBe(true);
  });

  it("postingDate: undefined for a value that is not a posting; skips dates that are not ISO dates", () => {
    for (const value of [undefined, null, 5, "2024-06-01", {}, { dates: "2024-06-01" }]) expect(postingDate(value as JobPosting)).toBeUndefined();
    const getter = Object.defineProperty({}, "dates", { enumerable: true, get: () => { throw new Error("hostile"); } });
    expect(postingDate(getter as JobPosting)).toBeUndefined();
    expect(postingDate({ dates: { posted: 20240601, updated: "2024-06-03" } } as unknown as JobPosting)).toBe("2024-06-03");
  });

  it("toJsonPointer: the root for a value that is not an array; odd segments written as text", () => {
    for (const value of [undefined, null, "contracts", 0, {}]) expect(toJsonPointer(value as DiagnosticPath)).toBe("");
    expect(toJsonPointer(["a/b", 0, Object.create(null), "~"] as DiagnosticPath)).toBe("/a~1b/0//~0");
  });
});
