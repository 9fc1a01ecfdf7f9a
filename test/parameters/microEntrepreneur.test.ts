import { describe, expect, it } from "vitest";
import { microEntrepreneurAt } from "../../src/parameters/microEntrepreneur/microEntrepreneurAt.js";
import type { MicroEntrepreneurActivity } from "../../src/parameters/microEntrepreneur/MicroEntrepreneurActivity.js";

describe("microEntrepreneurAt", () => {
  it("BNC (SSI) rate: 21.1 % until 2024-06-30, 23.1 % from 2024-07-01 (décret 2024-484)", () => {
    expect(microEntrepreneurAt("2024-06-30", "bnc")?.contributionRate).toBe(0.211);
    expect(microEntrepreneurAt("2024-07-01", "bnc")?.contributionRate).toBe(0.231);
    expect(microEntrepreneurAt("2025-01-01", "bnc")?.contributionRate).toBe(0.246);
    expect(microEntrepreneurAt("2026-01-01", "bnc")?.contributionRate).toBe(0.256);
  });
  it("rates changed on 2022-10-01 (décret 2022-1529)", () => {
    expect(microEntrepreneurAt("2022-09-30", "bnc")?.contributionRate).toBe(0.22);
    expect(microEntrepreneurAt("2022-10-01", "bnc")?.contributionRate).toBe(0.211);
    expect(microEntrepreneurAt("2022-09-30", "bic-sales")?.contributionRate).toBe(0.128);
    expect(microEntrepreneurAt("2022-10-01", "bic-sales")?.contributionRate).toBe(0.123);
    expect(microEntrepreneurAt("2022-10-01", "bic-services")?.contributionRate).toBe(0.212);
  });
  it("CIPAV rate: 21.2 % then 23.2 % from 2024-07-01", () => {
    expect(microEntrepreneurAt("2024-06-30", "bnc-cipav")?.contributionRate).toBe(0.212);
    expect(microEntrepreneurAt("2024-07-01", "bnc-cipav")?.contributionRate).toBe(0.232);
  });
  it("ceilings: 77 700 € services and 188 700 € sales for 2023–2025", () => {
    const services = microEntrepreneurAt("2024-06-15", "bic-services")!;
    expect(services.ceiling).toBe(77700);
    expect(services.verified).toBe(true);
    expect(microEntrepreneurAt("2024-06-15", "bnc")?.ceiling).toBe(77700);
    expect(microEntrepreneurAt("2024-06-15", "bic-sales")?.ceiling).toBe(188700);
    expect(microEntrepreneurAt("2022-12-31", "bnc")?.ceiling).toBe(72600);
    expect(microEntrepreneurAt("2023-01-01", "bnc")?.ceiling).toBe(77700);
    expect(microEntrepreneurAt("2025-12-31", "bic-sales")?.ceiling).toBe(188700);
  });
  it("2026 ceilings are flagged unverified (first year of application unsettled)", () => {
    const r = microEntrepreneurAt("2026-03-01", "bic-sales")!;
    expect(r.ceiling).toBe(203100);
    expect(r.verified).toBe(false);
    expect(microEntrepreneurAt("2026-03-01", "bnc")?.ceiling).toBe(83600);
  });
  it("returns undefined for bad input or dates before 2018", () => {
    expect(microEntrepreneurAt("2017-12-31", "bnc")).toBeUndefined();
    expect(microEntrepreneurAt("2024-7-1", "bnc")).toBeUndefined();
    expect(microEntrepreneurAt("2024-07-01", "bic" as MicroEntrepreneurActivity)).toBeUndefined();
    expect(microEntrepreneurAt("2024-07-01", "toString" as MicroEntrepreneurActivity)).toBeUndefined();
  });
});
