import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { postingTexts, type TextSite } from "./postingTexts.js";
import type { RuleContext } from "./Rule.js";
import { shared } from "./shared.js";

/** Headings of sections that describe the candidate sought. */
const PROFILE_HEADING = /profil|compétences|qualités|savoir|conditions|prérequis|pré-requis|vous êtes|candidat/iu;

/**
 * The texts of a posting that describe the candidate sought: title, subtitle, profile, requirements,
 * eligibility, and sections headed "Profil", "Compétences"… Not the missions or the context, where
 * "des femmes victimes de violences" or "des personnes âgées de plus de 60 ans" are the public served.
 * With a rule context, computed once per lint run and shared.
 * @internal
 */
export function candidateTexts(posting: JobPosting, context?: RuleContext): readonly TextSite[] {
  return shared(context, "candidate-texts", () =>
    postingTexts(posting, context).filter(({ path }) => {
      const [a, b, i] = path;
      if (a === "title" || a === "subtitle" || a === "requirements" || a === "eligibility") return true;
      if (a === "content" && b === "profile") return true;
      if (a === "content" && b === "sections" && typeof i === "number") return PROFILE_HEADING.test(posting.content?.sections?.[i]?.heading ?? "");
      return false;
    }),
  );
}
