import { describe, expect, it } from "vitest";
import { isValidSiren, isValidSiret, validateJobPosting } from "../src/index.js";

describe("SIREN and SIRET checksums", () => {
  it("accepts numbers whose Luhn checksum holds", () => {
    expect(isValidSiren("552032534")).toBe(true);
    expect(isValidSiren("441639465")).toBe(true);
    expect(isValidSiret("55203253400646")).toBe(true);
  });

  it("rejects a single changed digit, wrong lengths and non-digits", () => {
    expect(isValidSiren("552032535")).toBe(false);
    expect(isValidSiren("55203253")).toBe(false);
    expect(isValidSiren("55203253A")).toBe(false);
    expect(isValidSiret("55203253400647")).toBe(false);
    expect(isValidSiret("5520325340064")).toBe(false);
    expect(isValidSiret("552 032 534 00646")).toBe(false);
  });

  it("applies La Poste's exception: digit sum a multiple of 5", () => {
    // 35600000049837 fails Luhn but its digits sum to 45.
    expect(isValidSiret("35600000049837")).toBe(true);
    expect(isValidSiret("35600000049838")).toBe(false);
  });

  it("reports a checksum failure with its own code and path", () => {
    const result = validateJobPosting({
      title: "Coordinateur·rice",
      organisation: { name: "Asso", identifiers: { siren: "552032535", siret: "55203253400647", rna: "W751234567" } },
      contracts: [{ type: "cdi" }],
    });
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["organisation/siren-checksum", ["organisation", "identifiers", "siren"]],
      ["organisation/siret-checksum", ["organisation", "identifiers", "siret"]],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/SIREN invalide/);
  });
});
