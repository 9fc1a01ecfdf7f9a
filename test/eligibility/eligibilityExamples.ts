// The examples the eligibility tests run on, parsed by the schema, and two small helpers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JobPostingSchema, type JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import type { EligibilityResult } from "../../src/eligibility/EligibilityResult.js";

const load = (name: string): JobPosting =>
  JobPostingSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8")));

export const metropop = load("metropop-emploi-tremplin");
export const serviceCivique = load("cga-service-civique");
export const stageOrApprenticeship = load("cga-stage-apprentissage");

/** The `index`-th condition named `condition` of a result. */
export const find = (r: EligibilityResult, condition: string, index = 0) => r.conditions.filter((c) => c.condition === condition)[index];
/** The posting with some top-level fields replaced. */
export const with_ = (posting: JobPosting, patch: Partial<JobPosting>): JobPosting => ({ ...posting, ...patch });
