import { describe, expect, it } from "vitest";
import { legalMinimumPay, validateJobPosting, type JobPosting } from "../../src/index.js";

// Engagé·e·s & Déterminé·e·s, 10 July 2024 (corpus/offers/makesense-engagees-determinees-alternance): "Alternance", kind not stated.
const alternance = (pay?: JobPosting["pay"]): JobPosting => ({
  title: "Alternance - Appui à la coordination d'un projet de participation politique des jeunes",
  organisation: { name: "Engagé·e·s & Déterminé·e·s", legalForm: "association" },
  contracts: [{ type: "alternance", duration: { value: 12, unit: "month" } }],
  dates: { posted: "2024-07-10" },
  ...(pay ? { pay } : {}),
});

describe("an alternance whose kind is not chosen", () => {
  it("runs from the lowest apprenticeship rate (27 % at 16–17) to 100 % of the SMIC: 477,07 € to 1 766,92 € in July 2024", () => {
    const [m] = legalMinimumPay(alternance());
    expect(m).toMatchObject({ contractType: "alternance", kind: "work-study", basis: "gross", monthly: { min: 477.07, max: 1766.92 } });
    expect(m?.steps.some((s) => s.startsWith("Apprentissage — "))).toBe(true);
    expect(m?.steps.some((s) => s.startsWith("Contrat de professionnalisation — "))).toBe(true);
    expect(m?.sources.some((s) => s.label.includes("D6222-26"))).toBe(true);
  });

  it("pay/below-work-study-minimum: under 477,07 € is an error whoever is hired; 900 € is an info (too low for older candidates)", () => {
    const codes = (value: number) =>
      validateJobPosting(alternance({ amount: { value, currency: "EUR", period: "month", basis: "gross" } })).diagnostics.filter((d) => d.code === "pay/below-work-study-minimum").map((d) => d.severity);
    expect(codes(470)).toEqual(["error"]);
    expect(codes(900)).toEqual(["info"]);
    expect(codes(1800)).toEqual([]);
  });
});
