import type { ContractType } from "../contract/ContractSchema.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { comparePayWith, type PayComparison } from "../pay/comparePayWithMinimum.js";
import type { MinimumReaders } from "../pay/legalMinimumPay.js";
import { amountBounds } from "../pay/normalisePay.js";
import type { RuleContext } from "./Rule.js";
import { agreementReading } from "./agreementReading.js";

/**
 * Whether a contract type's minimum is a wage (SMIC, agreement, apprentissage, professionnalisation, an
 * alternance of either kind): the only ones the pay rules compare. Keyed by every contract type, so that
 * a type the schema gains must be classified here (tsc fails otherwise; a list once missed "alternance").
 */
const HAS_WAGE_MINIMUM: Record<ContractType, boolean> = {
  cdi: true,
  cdd: true,
  insertion: true,
  apprentissage: true,
  professionnalisation: true,
  alternance: true,
  stage: false,
  "service-civique": false,
  freelance: false,
  benevolat: false,
};

/** The contracts whose minimum is the SMIC or the agreement's (`legalMinimumPay`'s kinds `smic` and `agreement`). @internal */
export const SALARIED: Partial<Record<ContractType, boolean>> = { cdi: true, cdd: true, insertion: true };

/** The contracts whose minimum is a work-study scale (`legalMinimumPay`'s kinds `apprenticeship`, `professionalisation`, `work-study`). @internal */
export const WORK_STUDY: Partial<Record<ContractType, boolean>> = { apprentissage: true, professionnalisation: true, alternance: true };

/**
 * The posting's pay comparisons at the context's date, computed once per lint run for the pay rules
 * (`pay/below-smic`, `pay/below-agreement-minimum`, `pay/below-work-study-minimum`), which judge a
 * stated amount against a wage minimum: none when the posting states no amount or offers no contract
 * with a wage minimum (a stage, a service civique, a freelance mission), where those rules have
 * nothing to compare. Figures only: the rules write their own messages, so no step, note or source
 * is written, and the agreement's grid is read once per run (`agreementReading`).
 * @internal
 */
export function payComparisons(posting: JobPosting, context: RuleContext): PayComparison[] {
  const amount = posting.pay?.amount ?? posting.pay?.dailyRate;
  const contracts: unknown = posting.contracts;
  if (!amount || !amountBounds(amount) || !someContractOf(contracts, HAS_WAGE_MINIMUM)) return [];
  const cache = context.cache;
  if (!cache) return compute(posting, context);
  // One entry for the run, with the date it was computed at (a caller's cache may outlive a date).
  const remembered = cache.get(KEY) as { date: unknown; comparisons: PayComparison[] } | undefined;
  if (remembered !== undefined && remembered.date === context.date) return remembered.comparisons;
  const comparisons = compute(posting, context);
  cache.set(KEY, { date: context.date, comparisons });
  return comparisons;
}

const KEY = "pay-comparisons";

/**
 * Whether some item of `contracts` (an array, else none) is of a type `types` marks `true`:
 * `contracts.some((c) => types[c?.type] === true)` without a closure per call. The pay rules ask it
 * before the comparisons: a rule whose minimum no contract of the posting has costs nothing.
 * @internal
 */
export function someContractOf(contracts: unknown, types: Partial<Record<ContractType, boolean>>): boolean {
  if (!Array.isArray(contracts)) return false;
  for (let i = 0; i < contracts.length; i++) if (types[(contracts[i] as { type?: unknown } | null)?.type as ContractType] === true) return true;
  return false;
}

/** The comparisons, figures only, the agreement's grid read through the run's `agreementReading`. */
function compute(posting: JobPosting, context: RuleContext): PayComparison[] {
  const readers: MinimumReaders = { agreementMinimumPay: agreementReading.bind(undefined, posting, context), text: false };
  // The options `legalMinimumOptions` would keep of `{ date: context.date }`.
  return comparePayWith(posting, typeof context.date === "string" ? { date: context.date } : {}, false, readers);
}
