// The pay helpers on input the types forbid but callers pass (undefined, null options, malformed
// postings), Mayotte's SMIC by the main place, the comparison messages, and the one euro formatter.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { comparePayWithMinimum } from "../../src/pay/comparePayWithMinimum.js";
import { estimateNetPay } from "../../src/pay/estimateNetPay.js";
import { euros } from "../../src/pay/euros.js";
import { formatAmount } from "../../src/pay/formatAmount.js";
import { formatEuros } from "../../src/pay/formatEuros.js";
import { formatPay } from "../../src/pay/formatPay.js";
import { legalMinimumPay, type LegalMinimumOptions } from "../../src/pay/legalMinimumPay.js";
import { microEntrepreneurIncome } from "../../src/pay/microEntrepreneurIncome.js";
import { monthlyGrossRange } from "../../src/pay/monthlyGrossRange.js";
import { normalisePay, type NormalisePayOptions } from "../../src/pay/normalisePay.js";
import { postingPayContext } from "../../src/pay/postingPayContext.js";
import type { Pay } from "../../src/pay/PaySchema.js";

const N = "\u202f";
const S = "\u00a0";
const eur = { currency: "EUR" as const };
const cdi = (extra: Partial<JobPosting> = {}): JobPosting => ({ title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-06-01" }, ...extra });
const pay: Pay = { amount: { value: 1500, ...eur, basis: "gross", period: "month" } };
const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error("hostile");
    },
  },
);
const as = <T>(value: unknown) => value as T;

describe("null or hostile options count as none", () => {
  it("legalMinimumPay, comparePayWithMinimum, normalisePay, monthlyGrossRange", () => {
    const p = cdi({ pay });
    for (const options of [null, 7, hostile]) {
      expect(legalMinimumPay(p, as<LegalMinimumOptions>(options))).toEqual(legalMinimumPay(p));
      expect(comparePayWithMinimum(p, as<LegalMinimumOptions>(options))).toEqual(comparePayWithMinimum(p));
      expect(normalisePay(pay, as<NormalisePayOptions>(options))).toMatchObject({ ok: true, monthly: { min: 1500, max: 1500 } });
      expect(monthlyGrossRange(pay, as<NormalisePayOptions>(options))).toEqual({ min: 1500, max: 1500 });
      expect(estimateNetPay(2000, as<{ date?: string }>(options))?.net).toBeGreaterThan(0);
      expect(microEntrepreneurIncome(6500, as<{ date?: string }>(options))?.fee).toBe(6500);
    }
  });

  it("options of the wrong type are ignored one by one", () => {
    const p = cdi({ pay });
    expect(legalMinimumPay(p, as<LegalMinimumOptions>({ locale: "de", age: "vingt", territory: "mars" }))).toEqual(legalMinimumPay(p));
    expect(normalisePay(pay, as<NormalisePayOptions>({ weeklyHours: "35", hoursPerDay: 0, kind: "gift", locale: 1 }))).toEqual(normalisePay(pay));
  });
});

describe("malformed postings and pays: empty results, never a throw", () => {
  it("legalMinimumPay gives [] for a value that is not a posting or has no contracts array", () => {
    for (const value of [undefined, null, 3, "cdi", {}, { contracts: "cdi" }, { contracts: [null] }, { contracts: [{ type: "interim" }] }]) {
      expect(legalMinimumPay(as<JobPosting>(value))).toEqual([]);
    }
  });

  it("legalMinimumPay leaves out an unreadable contract and keeps the others' indexes", () => {
    const r = legalMinimumPay(as<JobPosting>({ ...cdi(), contracts: [null, "cdi", { type: "cdi" }] }), { date: "2024-06-01" });
    expect(r.map((m) => [m.contractIndex, m.kind])).toEqual([[2, "smic"]]);
  });

  it("comparePayWithMinimum gives [] for a value that is not a posting, `unknown` for an unreadable pay", () => {
    for (const value of [undefined, null, {}, { contracts: "cdi" }]) expect(comparePayWithMinimum(as<JobPosting>(value))).toEqual([]);
    const [c] = comparePayWithMinimum(as<JobPosting>({ ...cdi(), pay: { amount: hostile } }), { locale: "en" });
    expect(c).toMatchObject({ contractIndex: 0, status: "unknown", message: "The stated pay cannot be read." });
  });

  it("normalisePay says invalid-input, monthlyGrossRange undefined, for a value that is not a pay", () => {
    for (const value of [undefined, null, 1500, "1 500 €", hostile]) {
      expect(normalisePay(as<Pay>(value))).toMatchObject({ ok: false, reason: "invalid-input" });
      expect(monthlyGrossRange(as<Pay>(value))).toBeUndefined();
    }
    expect(normalisePay(as<Pay>(undefined), { locale: "en" })).toEqual({ ok: false, reason: "invalid-input", message: "This is not a readable pay statement (a Pay object was expected)." });
    expect(normalisePay(as<Pay>({ amount: { value: Symbol("x"), ...eur, period: "month" } }))).toMatchObject({ ok: false, reason: "invalid-input" });
  });

  it("formatPay says « non précisée », formatAmount gives '', for a value that is not a pay or an amount", () => {
    for (const value of [undefined, null, 1500, hostile]) {
      expect(formatPay(as<Pay>(value))).toBe("non précisée");
      expect(formatPay(as<Pay>(value), { locale: "en" })).toBe("not stated");
      expect(formatAmount(as<Pay["amount"] & object>(value))).toBe("");
    }
    // Fields of the wrong type are left out, not printed as "undefined" or as a function's source.
    expect(formatAmount(as<Pay["amount"] & object>({ value: 1700, ...eur, period: "constructor" }))).toBe(`1${N}700${S}€`);
    expect(formatPay(as<Pay>({ dependsOn: ["constructor", "experience"], text: 5 }))).toBe("selon l'expérience");
    expect(formatPay(as<Pay>({ text: 5 }))).toBe("non précisée");
  });

  it("postingPayContext takes a contract that is not an object as none in particular", () => {
    const p = cdi({ workingTime: { weeklyHours: { value: 28 } } });
    expect(postingPayContext(p, as<JobPosting["contracts"][number]>("abc"), "2024-06-01")).toEqual({ date: "2024-06-01", weeklyHours: 28, kind: "salary", status: "non-cadre" });
  });
});

describe("Mayotte's SMIC, read from the main place of work", () => {
  // SMIC on 2024-06-01: 11,65 € an hour in metropolitan France, 8,80 € in Mayotte.
  const at = (places: NonNullable<JobPosting["location"]>["places"]) => legalMinimumPay(cdi({ location: { places } }), { date: "2024-06-01" })[0]!;

  it("by postal code, INSEE code, département or country YT", () => {
    const addresses: NonNullable<NonNullable<JobPosting["location"]>["places"]>[number]["address"][] = [
      { postalCode: "97600", country: "FR" },
      { inseeCode: "97611", country: "FR" },
      { departement: "976", country: "FR" },
      { commune: "Mamoudzou", country: "YT" },
    ];
    for (const address of addresses) {
      const m = at([{ address }]);
      expect(m.hourly?.min).toBe(8.8);
      expect(m.steps[0]).toMatch(/^SMIC \(Mayotte\) au 2024-01-01 : 8,80\u00a0€/);
    }
    expect(at([{ address: { postalCode: "97400", commune: "Saint-Denis", country: "FR" } }]).hourly?.min).toBe(11.65); // La Réunion
  });

  it("the place marked main, else the first", () => {
    const paris = { address: { postalCode: "75011", commune: "Paris", country: "FR" } };
    const mamoudzou = { address: { postalCode: "97600", commune: "Mamoudzou", country: "FR" } };
    expect(at([mamoudzou, paris]).hourly?.min).toBe(8.8);
    expect(at([paris, mamoudzou]).hourly?.min).toBe(11.65);
    expect(at([paris, { ...mamoudzou, main: true }]).hourly?.min).toBe(8.8);
    expect(at([mamoudzou, { ...paris, main: true }]).hourly?.min).toBe(11.65);
  });
});

describe("comparePayWithMinimum: messages", () => {
  const below = (amount: Pay["amount"], locale: "fr" | "en" = "fr") => comparePayWithMinimum(cdi({ pay: { amount } }), { date: "2024-06-01", locale })[0]!;

  it("a single amount below the minimum: no « au plus »", () => {
    const c = below({ value: 1450, ...eur, basis: "gross", period: "month" });
    expect(c.status).toBe("below");
    expect(c.message).toBe(`Le montant indiqué (1${N}450,00${S}€ par mois) est inférieur au minimum de 1${N}766,92${S}€.`);
    expect(below({ value: 1450, ...eur, basis: "gross", period: "month" }, "en").message).toBe("The stated amount (€1,450.00 a month) is below the minimum of €1,766.92.");
  });

  it("a range wholly below the minimum: both bounds", () => {
    const c = below({ min: 1300, max: 1400, ...eur, basis: "gross", period: "month" });
    expect(c.status).toBe("below");
    expect(c.message).toBe(`Toute la fourchette indiquée (de 1${N}300,00${S}€ à 1${N}400,00${S}€ par mois) est inférieure au minimum de 1${N}766,92${S}€.`);
    expect(below({ min: 1300, max: 1400, ...eur, basis: "gross", period: "month" }, "en").message).toBe("The whole stated range (€1,300.00 to €1,400.00 a month) is below the minimum of €1,766.92.");
  });

  it("meets and partly below", () => {
    expect(below({ value: 1900, ...eur, basis: "gross", period: "month" }).message).toBe(`Le montant indiqué atteint le minimum (1${N}766,92${S}€ par mois).`);
    expect(below({ min: 1700, max: 1900, ...eur, basis: "gross", period: "month" }, "en").message).toBe("The lower bound (€1,700.00 a month) is below the minimum of €1,766.92.");
  });
});

describe("one euro formatter", () => {
  it("euros: U+202F between thousands, U+00A0 before € in French; € first in English; cents on request", () => {
    expect(euros(1854.37)).toBe(`1${N}854,37${S}€`);
    expect(euros(22100)).toBe(`22${N}100${S}€`);
    expect(euros(22100, "fr", { cents: true })).toBe(`22${N}100,00${S}€`);
    expect(euros(6.6)).toBe(`6,60${S}€`);
    expect(euros(1854.374)).toBe(`1${N}854,37${S}€`);
    expect(euros(1854.37, "en")).toBe("€1,854.37");
    expect(euros(1700, "en", { cents: true })).toBe("€1,700.00");
    expect(euros(-5, "en", { cents: true })).toBe("-€5.00");
  });

  it("formatEuros writes amounts of 10^15 and more in whole euros, never in exponent notation", () => {
    expect(formatEuros(1e21)).toBe(`1${N}000${N}000${N}000${N}000${N}000${N}000${N}000`);
    expect(formatEuros(-1e15, { locale: "en" })).toBe("-1,000,000,000,000,000");
    expect(formatEuros(Number.MAX_VALUE)).not.toMatch(/e/);
    expect(formatEuros(Number.NaN)).toBe("NaN");
  });

  it("formatEuros gives '' for a value that is not a number and ignores hostile options", () => {
    for (const value of [undefined, null, "1700", Symbol("x"), Object.create(null), 10n]) expect(formatEuros(as<number>(value))).toBe("");
    expect(formatEuros(1700, as<{ locale: "en" }>(hostile))).toBe(`1${N}700`);
  });

  it("the agreement module has no euro formatter of its own", () => {
    expect(existsSync("src/agreement/formatEuros.ts")).toBe(false);
  });
});
