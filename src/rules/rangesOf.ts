import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { DiagnosticPath } from "../validate/Diagnostic.js";
import type { RuleContext } from "./Rule.js";
import { shared } from "./shared.js";

/** A value-or-range found in a posting. @internal */
export interface RangeSite {
  path: DiagnosticPath;
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** `value-or-range`: exactly a value, or a min and/or max. `bounds`: a min and/or max only. */
  shape: "value-or-range" | "bounds";
}

/**
 * Every place in a posting that states a value or a `min`/`max` range; with a rule context, found once
 * per lint run and shared by the two range rules.
 * @internal
 */
export function rangesOf(posting: JobPosting, context?: RuleContext): readonly RangeSite[] {
  return shared(context, "ranges", () => collectRanges(posting));
}

/** Adds a site when the posting states it. */
function add(sites: RangeSite[], path: DiagnosticPath, r: { value?: number | undefined; min?: number | undefined; max?: number | undefined } | undefined, shape: RangeSite["shape"] = "value-or-range"): void {
  if (r) sites.push({ path, value: r.value, min: r.min, max: r.max, shape });
}

function collectRanges(posting: JobPosting): RangeSite[] {
  const sites: RangeSite[] = [];
  add(sites, ["pay", "amount"], posting.pay?.amount);
  add(sites, ["pay", "dailyRate"], posting.pay?.dailyRate);
  add(sites, ["pay", "expenses", "amount"], posting.pay?.expenses?.amount);
  posting.contracts.forEach((c, i) => {
    if ("duration" in c) add(sites, ["contracts", i, "duration"], c.duration);
    if ("trialPeriod" in c) add(sites, ["contracts", i, "trialPeriod"], c.trialPeriod);
  });
  add(sites, ["workingTime", "weeklyHours"], posting.workingTime?.weeklyHours);
  posting.workingTime?.availability?.forEach((a, i) => {
    if (a.min !== undefined || a.max !== undefined) add(sites, ["workingTime", "availability", i], a, "bounds");
  });
  posting.eligibility?.anyOf.forEach((g, gi) =>
    g.allOf.forEach((c, ci) => {
      if (c.type === "age" || c.type === "education-level") add(sites, ["eligibility", "anyOf", gi, "allOf", ci], c, "bounds");
    }),
  );
  return sites;
}
