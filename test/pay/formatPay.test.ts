import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount } from "../../src/pay/formatAmount.js";
import { formatEuros } from "../../src/pay/formatEuros.js";
import { formatPay } from "../../src/pay/formatPay.js";
import { parsePay } from "../../src/pay/parsePay.js";
import type { PayAmount } from "../../src/pay/PayAmountSchema.js";
import type { Pay } from "../../src/pay/PaySchema.js";

/** Narrow no-break space (thousands) and no-break space (before €), as formatPay writes them. */
const N = "\u202f";
const S = "\u00a0";

describe("formatEuros", () => {
  it.each<[number, "fr" | "en", string]>([
    [0, "fr", "0"],
    [12, "fr", "12"],
    [999, "fr", "999"],
    [1700, "fr", `1${N}700`],
    [39000, "fr", `39${N}000`],
    [1234567.5, "fr", `1${N}234${N}567,50`],
    [11.88, "fr", "11,88"],
    [10_000_000, "fr", `10${N}000${N}000`],
    [0.125, "fr", "0,125"],
    [1700, "en", "1,700"],
    [11.88, "en", "11.88"],
    [1234567.5, "en", "1,234,567.50"],
  ])("%d (%s) → %s", (n, locale, expected) => {
    expect(formatEuros(n, { locale })).toBe(expected);
  });
});

describe("formatPay: French", () => {
  it.each<[Pay, string]>([
    [{ amount: { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" } }, `de 1${N}700 à 2${N}000${S}€ brut par mois`],
    [{ amount: { value: 3000, currency: "EUR", basis: "gross", period: "mission" } }, `3${N}000${S}€ brut pour la mission`],
    [{ amount: { value: 11.88, currency: "EUR", basis: "gross", period: "hour" } }, `11,88${S}€ brut de l'heure`],
    [{ amount: { min: 25000, max: 28000, currency: "EUR", period: "year" } }, `de 25${N}000 à 28${N}000${S}€ par an`],
    [{ amount: { value: 2000, currency: "EUR", period: "month", monthsPerYear: 13 } }, `2${N}000${S}€ par mois sur 13 mois`],
    [{ amount: { value: 300, currency: "EUR", tax: "excluding-vat", period: "day" } }, `300${S}€ HT par jour`],
    [{ amount: { value: 500, currency: "EUR", basis: "net", period: "week" } }, `500${S}€ net par semaine`],
    [{ amount: { min: 1700, currency: "EUR", basis: "gross", period: "month" } }, `à partir de 1${N}700${S}€ brut par mois`],
    [{ amount: { max: 2000, currency: "EUR", basis: "net", period: "month" } }, `jusqu'à 2${N}000${S}€ net par mois`],
    [{ amount: { value: 1000, currency: "EUR", period: "month", approximate: true } }, `environ 1${N}000${S}€ par mois`],
    [{ negotiable: true }, "à négocier"],
    [{ followsAgreement: true }, "selon la grille de la convention collective"],
    [{ followsAgreement: true, negotiable: true, complementNegotiable: true }, "selon la grille de la convention collective, avec un complément négocié, à négocier"],
    [{ dependsOn: ["profile", "experience"] }, "selon le profil et l'expérience"],
    [{ negotiable: true, dependsOn: ["profile", "experience", "qualification"] }, "à négocier selon le profil, l'expérience et la qualification"],
    [{ statutory: true }, "selon le montant légal en vigueur"],
    [
      {
        amount: { value: 6500, currency: "EUR", period: "mission" },
        dailyRateToPropose: true,
        expenses: { amount: { value: 1000, currency: "EUR", period: "mission", approximate: true }, covers: "impression, fournitures" },
      },
      `6${N}500${S}€ pour la mission ; tarif journalier à proposer ; enveloppe de frais d'environ 1${N}000${S}€ (impression, fournitures)`,
    ],
    [{ dailyRate: { value: 350, currency: "EUR", tax: "excluding-vat", period: "day" } }, `tarif journalier : 350${S}€ HT`],
    [{ text: "Autre" }, "Autre"],
    [{}, "non précisée"],
  ])("%j", (pay, expected) => {
    expect(formatPay(pay)).toBe(expected);
  });
});

describe("formatPay: English", () => {
  it.each<[Pay, string]>([
    [{ amount: { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" } }, "€1,700 to €2,000 gross per month"],
    [{ amount: { value: 3000, currency: "EUR", basis: "gross", period: "mission" } }, "€3,000 gross for the mission"],
    [{ amount: { value: 11.88, currency: "EUR", basis: "gross", period: "hour" } }, "€11.88 gross per hour"],
    [{ amount: { value: 300, currency: "EUR", tax: "excluding-vat", period: "day" } }, "€300 excl. VAT per day"],
    [{ amount: { min: 1700, currency: "EUR", period: "month", monthsPerYear: 13 } }, "from €1,700 per month over 13 months"],
    [{ amount: { max: 2000, currency: "EUR", period: "year", approximate: true } }, "up to about €2,000 per year"],
    [{ negotiable: true }, "negotiable"],
    [{ followsAgreement: true }, "according to the collective agreement grid"],
    [{ dependsOn: ["profile"] }, "depending on profile"],
    [{ statutory: true }, "the statutory amount in force"],
    [{}, "not stated"],
  ])("%j", (pay, expected) => {
    expect(formatPay(pay, { locale: "en" })).toBe(expected);
  });
});

describe("formatAmount", () => {
  it("leaves the period out on request and gives nothing for an amount without figures", () => {
    expect(formatAmount({ value: 350, currency: "EUR", period: "day" }, { withPeriod: false })).toBe(`350${S}€`);
    expect(formatAmount({ currency: "EUR", period: "day" })).toBe("");
  });
});

describe("round trip: parsePay(formatPay(pay))", () => {
  const strip = (p: Pay) => {
    const { text: _text, ...rest } = p;
    return rest;
  };

  it.each<Pay>([
    { amount: { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" } },
    { amount: { value: 3000, currency: "EUR", basis: "gross", period: "mission" } },
    { amount: { value: 11.88, currency: "EUR", basis: "gross", period: "hour" } },
    { amount: { min: 39000, max: 41000, currency: "EUR", period: "year", monthsPerYear: 12 } },
    { amount: { value: 2000, currency: "EUR", period: "month", monthsPerYear: 13 } },
    { amount: { value: 1234567.89, currency: "EUR", basis: "net", period: "year" } },
    { amount: { min: 1700, currency: "EUR", basis: "gross", period: "month", approximate: true } },
    { amount: { max: 450, currency: "EUR", tax: "including-vat", period: "day" } },
    { negotiable: true },
    { followsAgreement: true },
    { followsAgreement: true, negotiable: true, complementNegotiable: true },
    { negotiable: true, dependsOn: ["profile", "experience"] },
    { dependsOn: ["qualification", "seniority", "age", "hours"] },
    { statutory: true },
    { amount: { value: 1800, currency: "EUR", basis: "gross", period: "month" }, dependsOn: ["experience"] },
    {
      amount: { value: 6500, currency: "EUR", period: "mission" },
      dailyRateToPropose: true,
      expenses: { amount: { value: 1000, currency: "EUR", period: "mission", approximate: true } },
    },
    {
      amount: { value: 3000, currency: "EUR", tax: "excluding-vat", period: "mission" },
      dailyRate: { value: 350, currency: "EUR", tax: "excluding-vat", period: "day" },
    },
  ])("%j", (pay) => {
    const text = formatPay(pay);
    const r = parsePay(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(strip(r.pay)).toEqual(pay);
      expect(r.pay.text).toBe(text);
    }
  });

  it("holds for arbitrary amounts in cents", () => {
    const period = fc.constantFrom("hour", "day", "week", "month", "year", "mission") as fc.Arbitrary<PayAmount["period"]>;
    const cents = fc.integer({ min: 1, max: 1_000_000_000 }).map((c) => c / 100);
    const amount = fc
      .record({
        shape: fc.constantFrom("value", "range", "min", "max"),
        a: cents,
        b: cents,
        period,
        basis: fc.option(fc.constantFrom("gross", "net") as fc.Arbitrary<"gross" | "net">, { nil: undefined }),
        tax: fc.option(fc.constantFrom("excluding-vat", "including-vat") as fc.Arbitrary<"excluding-vat" | "including-vat">, { nil: undefined }),
        months: fc.option(fc.constantFrom(12, 13, 14), { nil: undefined }),
        approximate: fc.boolean(),
      })
      .filter((r) => r.shape !== "range" || r.a !== r.b)
      .map((r): PayAmount => {
        const lo = Math.min(r.a, r.b);
        const hi = Math.max(r.a, r.b);
        const figures =
          r.shape === "value" ? { value: r.a } : r.shape === "range" ? { min: lo, max: hi } : r.shape === "min" ? { min: r.a } : { max: r.a };
        const out: PayAmount = { ...figures, currency: "EUR", period: r.period };
        if (r.basis) out.basis = r.basis;
        if (r.tax) out.tax = r.tax;
        if (r.months !== undefined && (r.period === "month" || r.period === "year")) out.monthsPerYear = r.months;
        if (r.approximate) out.approximate = true;
        return out;
      });
    fc.assert(
      fc.property(amount, (a) => {
        const text = formatPay({ amount: a });
        const r = parsePay(text);
        expect(r.ok, text).toBe(true);
        if (r.ok) expect(r.pay.amount, text).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });
});
