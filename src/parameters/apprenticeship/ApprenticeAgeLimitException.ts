import type { IsoDate } from "../../dates/IsoDateSchema.js";
import type { Source } from "../Parameter.js";

/** One case where the upper age limit of an apprenticeship (29 révolus) does not apply (L6222-2). */
export interface ApprenticeAgeLimitException {
  /** Stable identifier. */
  id: "following-contract" | "contract-broken" | "disabled-worker" | "business-creation" | "high-level-athlete";
  /** The case, in a line. */
  description: string;
  /** The article and item ("L6222-2 3°"). */
  article: string;
  /** Maximum age at the conclusion of the contract, or `null` when there is no upper limit. */
  maxAgeAtConclusion: number | null;
  /** First day the rule is known to apply in this form. */
  effectiveFrom: IsoDate;
  /** Legal texts or official pages. */
  sources: readonly Source[];
  /** `false` when not confirmed by a primary source or two independent ones. */
  verified: boolean;
  /** What a reader should know. */
  note?: string;
}
