import type { ContractType } from "../contract/ContractSchema.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { comparePay, type PayComparison } from "../pay/comparePayWithMinimum.js";
import { amountBounds } from "../pay/normalisePay.js";
import type { RuleContext } from "./Rule.js";
import { agreementReading } from "./agreementReading.js";
import { shared } from "./shared.js";

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
  if (!amount || !amountBounds(amount) || !Array.isArray(contracts) || !contracts.some((c: { type?: unknown } | null) => HAS_WAGE_MINIMUM[c?.type as ContractType] === true)) return [];
  return shared(context, `pay-comparisons@${context.date}`, () =>
    comparePay(posting, { date: context.date }, false, { agreementMinimumPay: (input) => agreementReading(posting, context, input), text: false }),
  );
}
