import { describe, expect, it } from "vitest";
import { forfaitMobilitesDurablesCap } from "../../src/parameters/benefits/forfaitMobilitesDurablesCap.js";
import { forfaitMobilitesDurablesCumulativeCap } from "../../src/parameters/benefits/forfaitMobilitesDurablesCumulativeCap.js";
import { titreRestaurantExemptionCap } from "../../src/parameters/benefits/titreRestaurantExemptionCap.js";
import { transportPassEmployerShare } from "../../src/parameters/benefits/transportPassEmployerShare.js";
import { valueAt } from "../../src/parameters/valueAt.js";

describe("titreRestaurantExemptionCap (CGI 81 19°)", () => {
  it("6.91 € in 2023, 7.18 € in 2024, 7.26 € in 2025, 7.32 € in 2026", () => {
    expect(valueAt(titreRestaurantExemptionCap, "2023-12-31")?.value).toBe(6.91);
    expect(valueAt(titreRestaurantExemptionCap, "2024-01-01")?.value).toBe(7.18);
    expect(valueAt(titreRestaurantExemptionCap, "2025-01-01")?.value).toBe(7.26);
    expect(valueAt(titreRestaurantExemptionCap, "2026-01-01")?.value).toBe(7.32);
    expect(valueAt(titreRestaurantExemptionCap, "2022-12-31")).toBeUndefined();
  });
});

describe("transportPassEmployerShare (L3261-2, R3261-1)", () => {
  it("50 % since 2009-01-01", () => {
    expect(valueAt(transportPassEmployerShare, "2009-01-01")?.value).toBe(0.5);
    expect(valueAt(transportPassEmployerShare, "2024-06-15")?.value).toBe(0.5);
    expect(valueAt(transportPassEmployerShare, "2008-12-31")).toBeUndefined();
  });
});

describe("forfait mobilités durables", () => {
  it("700 € alone and 800 € combined in 2022, the former unverified", () => {
    const alone = valueAt(forfaitMobilitesDurablesCap, "2022-06-01")!;
    expect(alone.value).toBe(700);
    expect(alone.verified).toBe(false);
    const combined = valueAt(forfaitMobilitesDurablesCumulativeCap, "2022-06-01")!;
    expect(combined.value).toBe(800);
    expect(combined.verified).toBe(true);
    expect(valueAt(forfaitMobilitesDurablesCap, "2020-05-10")).toBeUndefined();
  });
});
