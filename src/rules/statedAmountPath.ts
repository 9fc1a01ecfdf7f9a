import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { DiagnosticPath } from "../validate/Diagnostic.js";

/**
 * The path of the lower bound of the posting's stated pay (`pay.amount.value`, `pay.amount.min`…),
 * where a pay-minimum finding points.
 */
export function statedAmountPath(posting: JobPosting): DiagnosticPath {
  const key = posting.pay?.amount ? "amount" : "dailyRate";
  const amount = posting.pay?.amount ?? posting.pay?.dailyRate;
  const bound = amount?.value !== undefined ? "value" : amount?.min !== undefined ? "min" : "max";
  return ["pay", key, bound];
}
