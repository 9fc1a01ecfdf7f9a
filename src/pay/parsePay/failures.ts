import type { PayPeriod } from "../PayAmountSchema.js";
import type { ParsePayResult, PayParseErrorCode } from "./ParsePayResult.js";

export type Locale = "fr" | "en";


export const fmtNum = (n: number) => String(n);
export const quote = (text: string, locale: Locale) => {
  const t = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return locale === "fr" ? `« ${t} »` : `"${t}"`;
};

export type Failure = { code: PayParseErrorCode; fr: string; en: string };

export const fail = (code: PayParseErrorCode, fr: string, en: string): Failure => ({ code, fr, en });

export const PERIOD_NAMES: Record<PayPeriod, [string, string]> = {
  hour: ["heure", "hour"],
  day: ["jour", "day"],
  week: ["semaine", "week"],
  month: ["mois", "month"],
  year: ["an", "year"],
  mission: ["mission", "mission"],
};


export function failure(f: Failure, locale: Locale): ParsePayResult {
  return { ok: false, error: { code: f.code, message: locale === "en" ? f.en : f.fr } };
}
