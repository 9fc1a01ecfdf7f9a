import { isIsoDate } from "../isIsoDate.js";
import { smicAt } from "../smic/smicAt.js";
import { valueAt } from "../valueAt.js";
import { readOptions } from "../../validate/readOptions.js";
import type { ApprenticeAgeBracket } from "./ApprenticeAgeBracket.js";
import type { ApprenticeMinimumPay } from "./ApprenticeMinimumPay.js";
import { apprenticePayRates } from "./apprenticePayRates.js";

function bracketOf(age: number): ApprenticeAgeBracket {
  if (age <= 17) return "16-17";
  if (age <= 20) return "18-20";
  if (age <= 25) return "21-25";
  return "26+";
}

const round2 = (x: number): number => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/**
 * The legal minimum gross pay of an apprentice (Code du travail, art. D6222-26): a percentage of the
 * SMIC by age bracket and year of execution of the contract. The grid is the one in force on
 * `contractConcludedOn` (default: `date`), the SMIC the one in force on `date`.
 *
 * Ages from 15 are accepted (under 16 is paid as 16–17, art. D6222-27); `contractYear` is 1, 2 or 3.
 * Returns `undefined` for a malformed date, an age below 15 or not an integer, a contract year outside
 * 1–3, or a date before the data; never throws (an input that is not an object gives `undefined`). Caveats the caller handles: from 21 (2019 grid) the percentage applies
 * to the agreement's minimum if higher (`agreementMinimumApplies`); the date from which a birthday moves the
 * apprentice to the next bracket (not verified, not encoded: pass the age that applies); part-time prorating.
 *
 * @param input - `date` (the SMIC's date), the apprentice's `age` in years, the `contractYear` (1–3),
 *   optionally `contractConcludedOn` (the grid's date, default `date`) and the SMIC's `territory`.
 * @returns The rate, monthly and hourly minima with their sources, or `undefined`.
 * @example
 * ```ts
 * apprenticeMinimumPayAt({ date: "2024-06-15", age: 18, contractYear: 1 });
 * // { rate: 0.43, monthly: 759.78, hourly: 5.01, ageBracket: "18-20", … }
 * ```
 */
export function apprenticeMinimumPayAt(input: {
  date: string;
  age: number;
  contractYear: number;
  contractConcludedOn?: string;
  territory?: "metropole" | "mayotte";
}): ApprenticeMinimumPay | undefined {
  // Read once, without throwing: a non-object or a throwing accessor gives undefined values.
  const { date, age, contractYear, contractConcludedOn, territory } = readOptions(input, ["date", "age", "contractYear", "contractConcludedOn", "territory"]);
  const concluded = contractConcludedOn ?? date;
  if (!isIsoDate(date) || !isIsoDate(concluded)) return undefined;
  if (typeof age !== "number" || !Number.isInteger(age) || age < 15 || age > 120) return undefined;
  if (typeof contractYear !== "number" || !Number.isInteger(contractYear) || contractYear < 1 || contractYear > 3) return undefined;
  const grid = valueAt(apprenticePayRates, concluded);
  const smic = smicAt(date, territory === "mayotte" ? { territory } : undefined);
  if (!grid || !smic) return undefined;
  const ageBracket = bracketOf(age);
  const rate = grid.value.rates[ageBracket][contractYear - 1]!;
  const from = grid.value.agreementMinimumFromAge;
  return {
    rate,
    monthly: round2(rate * smic.monthly),
    hourly: round2(rate * smic.hourly),
    ageBracket,
    contractYear,
    agreementMinimumApplies: from !== null && age >= from,
    smic: { hourly: smic.hourly, monthly: smic.monthly, effectiveFrom: smic.effectiveFrom },
    effectiveFrom: grid.effectiveFrom,
    sources: [...grid.sources, ...smic.sources],
    verified: grid.verified && smic.verified,
  };
}
