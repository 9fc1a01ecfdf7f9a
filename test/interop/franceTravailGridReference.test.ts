// A France Travail offer whose pay names the collective agreement's grid ("Selon CCN 66, coefficient 434"):
// the import keeps the IDCC and the rung, so that legalMinimumPay computes the grid's minimum, not the SMIC.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromFranceTravail } from "../../src/interop/fromFranceTravail.js";
import { legalMinimumPay } from "../../src/pay/legalMinimumPay.js";

const offer = (salaire: Record<string, unknown>) => ({
  ...(JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "france-travail", "ft-184JZNX.json"), "utf8")) as Record<string, unknown>),
  salaire,
});

describe("fromFranceTravail reads the grid reference of a pay statement", () => {
  it("in the comment: IDCC and coefficient become the posting's collective agreement, reported", () => {
    const r = fromFranceTravail(offer({ libelle: "Mensuel de 2100.0 Euros sur 12.0 mois", commentaire: "Selon CCN 66, coefficient 434" }));
    expect(r.posting?.collectiveAgreement).toEqual({ idcc: "0413", classification: { coefficient: 434 } });
    expect(r.posting?.pay).toMatchObject({ amount: { value: 2100, period: "month" }, followsAgreement: true });
    expect(r.diagnostics.map((d) => d.code)).toContain("interop/agreement-from-pay");
    expect(r.diagnostics.some((d) => d.code === "interop/unmapped" && d.path.join(".") === "salaire.commentaire")).toBe(false);
  });

  it("in the libellé: the missions locales' cotation", () => {
    const r = fromFranceTravail(offer({ libelle: "Selon la convention collective des missions locales, cotation 14" }));
    expect(r.posting?.collectiveAgreement).toEqual({ idcc: "2190", classification: { coefficient: 14 } });
    expect(r.posting?.pay?.followsAgreement).toBe(true);
  });

  it("the CCN 51 grid then gives the legal minimum (aide-soignant, coefficient 376, on 2020-03-01)", () => {
    const r = fromFranceTravail(offer({ libelle: "Selon CCN 51, coefficient 376" }));
    const posting = { ...r.posting!, dates: { posted: "2020-03-01" } };
    const [minimum] = legalMinimumPay(posting);
    // 376 points × 4,447 € (avenant n° 2017-02, point value from 2018-07-01) = 1 672,07 €, above that date's SMIC.
    expect(minimum?.kind).toBe("agreement");
    expect(minimum?.monthly?.min).toBe(1672.07);
  });

  it("a comment that names no grid stays a text section, as before", () => {
    const r = fromFranceTravail(offer({ libelle: "Mensuel de 1900.0 Euros sur 12.0 mois", commentaire: "Primes selon ancienneté" }));
    expect(r.posting?.collectiveAgreement).toBeUndefined();
    expect(r.diagnostics.some((d) => d.path.join(".") === "salaire.commentaire")).toBe(true);
  });
});
