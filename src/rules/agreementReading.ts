import { agreementMinimumPay, type AgreementMinimumPayInput } from "../agreement/agreementMinimumPay.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { RuleContext } from "./Rule.js";
import { shared } from "./shared.js";

/**
 * `agreementMinimumPay(input)` for the posting's own classification, read once per lint run: the pay
 * rules' minimum (through `legalMinimumPay`) and `agreement/classification-not-found` read the same
 * rung, the same day, for the same hours. A classification other than the posting's is read afresh.
 * The reading is shared: its readers never change it.
 * @internal
 */
export function agreementReading(posting: JobPosting, context: RuleContext, input: AgreementMinimumPayInput): ReturnType<typeof agreementMinimumPay> {
  if (input.classification !== posting.collectiveAgreement?.classification || input.territory !== undefined) return agreementMinimumPay(input);
  return shared(context, `agreement-minimum|${String(input.idcc)}|${input.date}|${String(input.weeklyHours)}`, () => agreementMinimumPay(input));
}
