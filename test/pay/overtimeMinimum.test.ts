import { describe, expect, it } from "vitest";
import { comparePayWithMinimum, legalMinimumPay, validateJobPosting, type JobPosting } from "../../src/index.js";

const posting = (workingTime: JobPosting["workingTime"], extra: Partial<JobPosting> = {}): JobPosting => ({
  title: "Data manager (H/F)",
  organisation: { name: "Objectif Santé Travail", legalForm: "association" },
  contracts: [{ type: "cdi" }],
  workingTime,
  ...extra,
});

describe("a week above the legal 35 h: the minimum counts the overtime premium (L3121-36)", () => {
  it("Objectif Santé Travail's \"39H\" in October 2024: 11,65 € × (35 + 4 × 1,25) × 52 / 12 = 2 019,33 €", () => {
    const [m] = legalMinimumPay(posting({ schedule: "full-time", weeklyHours: { value: 39 } }), { date: "2024-10-16" });
    expect(m?.kind).toBe("smic");
    expect(m?.monthly).toEqual({ min: 2019.33, max: 2019.33 });
    expect(m?.weeklyHours).toBe(39);
    expect(m?.steps.join(" ")).toMatch(/35 h \+ 4 h × 1,25 = 40 h payées par semaine/);
    expect(m?.sources.some((s) => s.url?.includes("l3121-36"))).toBe(true);
  });

  it("beyond eight overtime hours the premium is 50 %: 45 h are paid as 35 + 8 × 1,25 + 2 × 1,5 = 48 h", () => {
    const [m] = legalMinimumPay(posting({ weeklyHours: { value: 45 } }), { date: "2024-10-16" });
    expect(m?.monthly?.min).toBe(2423.2); // 11,65 × 48 × 52 / 12
  });

  it("35 h and part time are unchanged", () => {
    expect(legalMinimumPay(posting({ weeklyHours: { value: 35 } }), { date: "2024-10-16" })[0]?.monthly?.min).toBe(1766.92);
    expect(legalMinimumPay(posting({ weeklyHours: { value: 28 } }), { date: "2024-10-16" })[0]?.monthly?.min).toBe(1413.53);
  });

  it("an agreement's minimum is paid with the same premiums: ÉCLAT group B in June 2024 for 39 h = 1 854,37 € × 40 / 35", () => {
    const [m] = legalMinimumPay(posting({ weeklyHours: { value: 39 } }, { collectiveAgreement: { idcc: "1518", classification: { group: "B" } } }), { date: "2024-06-01" });
    expect(m?.kind).toBe("agreement");
    expect(m?.monthly?.min).toBe(2119.28);
    expect(m?.steps.join(" ")).toMatch(/Avec les heures supplémentaires majorées : 1\s854,37\s€ × 40 h \/ 35 h = 2\s119,28\s€/);
  });
});

describe("RTT days: the hours above 35 h are compensated by days off, the monthly pay is smoothed on 35 h (L3121-44)", () => {
  it("ATMO Nouvelle-Aquitaine's 39h10 with \"15 jours RTT\" in November 2024: the full-time SMIC, 1 801,80 €", () => {
    const [m] = legalMinimumPay(posting({ schedule: "full-time", weeklyHours: { value: 39.17 }, rttDaysPerYear: 15 }), { date: "2024-11-21" });
    expect(m?.monthly).toEqual({ min: 1801.8, max: 1801.8 });
    expect(m?.steps.join(" ")).toMatch(/15 jours de RTT par an/);
    expect(m?.notes.join(" ")).toMatch(/1 607 h/);
  });

  it("the same week without RTT days is paid with its overtime premium", () => {
    const [m] = legalMinimumPay(posting({ weeklyHours: { value: 39.17 } }), { date: "2024-11-21" });
    expect(m?.monthly?.min).toBe(2070.14); // 11,88 × (35 + 4,17 × 1,25) × 52 / 12
  });
});

describe("an hourly rate is the base rate: the premium comes on top of it", () => {
  const hourly = (value: number) =>
    posting({ weeklyHours: { value: 39 } }, { dates: { posted: "2024-10-16" }, pay: { amount: { value, currency: "EUR", period: "hour", basis: "gross" } } });
  const smicFindings = (p: JobPosting) => validateJobPosting(p).diagnostics.filter((d) => d.code === "pay/below-smic");

  it("the SMIC an hour for 39 h is lawful (its overtime is paid 25 % more)", () => {
    const [c] = comparePayWithMinimum(hourly(11.65));
    expect(c?.status).toBe("meets");
    expect(c?.statedMonthly?.min).toBe(2019.33);
    expect(smicFindings(hourly(11.65))).toEqual([]);
  });

  it("5 cents under the SMIC an hour is below it, whatever the hours", () => {
    expect(comparePayWithMinimum(hourly(11.6))[0]?.status).toBe("below");
    expect(smicFindings(hourly(11.6)).map((d) => d.severity)).toEqual(["error"]);
  });

  it("a monthly amount for 39 h must cover the premium: 2 000 € is under 2 019,33 €", () => {
    const p = posting({ weeklyHours: { value: 39 } }, { dates: { posted: "2024-10-16" }, pay: { amount: { value: 2000, currency: "EUR", period: "month", basis: "gross" } } });
    expect(comparePayWithMinimum(p)[0]?.status).toBe("below");
  });
});
