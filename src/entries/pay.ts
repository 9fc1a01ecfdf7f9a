/**
 * ess-jobs/pay: the pay helpers (read a pay statement, normalise it, format it, find the legal minimum
 * and compare with it, estimate net pay) and the pay's types. Loads neither zod nor valibot: `parsePay`
 * checks what it reads with a check generated from `PaySchema` (the schemas themselves are in `ess-jobs`
 * and `ess-jobs/valibot`).
 *
 * @packageDocumentation
 */
export type { Pay, PayAmount, PayFactor, PayPeriod, ExpensesEnvelope } from "../generated/types.js";
export { type LegalMinimumKind, type LegalMinimum } from "../pay/LegalMinimum.js";
export { type PayAssumption } from "../pay/PayAssumption.js";
export { type PayRange } from "../pay/PayRange.js";
export { comparePayWithMinimum, type PayComparisonStatus, type PayComparison } from "../pay/comparePayWithMinimum.js";
export { estimateNetPay, type NetPayEstimate } from "../pay/estimateNetPay.js";
export { formatAmount } from "../pay/formatAmount.js";
export { formatEuros } from "../pay/formatEuros.js";
export { formatPay } from "../pay/formatPay.js";
export { legalMinimumPay, type LegalMinimumOptions } from "../pay/legalMinimumPay.js";
export { microEntrepreneurIncome, type MicroEntrepreneurIncome } from "../pay/microEntrepreneurIncome.js";
export { monthlyGrossRange } from "../pay/monthlyGrossRange.js";
export { normalisePay, type NormalisePayOptions, type NormalisedPay, type NormalisePayFailure } from "../pay/normalisePay.js";
export { parsePay, type PayParseErrorCode, type ParsePayResult, type ParsePayOptions } from "../pay/parsePay.js";
