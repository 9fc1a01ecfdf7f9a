import type { Contract } from "../../generated/types.js";

/** Words of a workplace that sites put into employmentType ("Onsite", "Remote", "Hybride"). */
export const WORKPLACE_WORDS = /^(on ?site|onsite|sur site|pr[eé]sentiel|remote|full remote|hybrid|hybride|t[eé]l[eé]travail)$/i;

/** An employmentType value (Google's codes, their loose spellings, French words) → contract or schedule. */
export function employmentValue(raw: string): { contract?: Contract["type"]; schedule?: "full-time" | "part-time"; assumed?: boolean } | undefined {
  const k = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^https?:\/\/schema\.org\//, "")
    .replace(/[\s_-]+/g, " ")
    .trim();
  const table: Record<string, { contract?: Contract["type"]; schedule?: "full-time" | "part-time"; assumed?: boolean }> = {
    "full time": { schedule: "full-time" }, fulltime: { schedule: "full-time" }, "temps plein": { schedule: "full-time" }, "temps complet": { schedule: "full-time" },
    "part time": { schedule: "part-time" }, parttime: { schedule: "part-time" }, "temps partiel": { schedule: "part-time" }, "mi temps": { schedule: "part-time" },
    temporary: { contract: "cdd", assumed: true }, contract: { contract: "cdd", assumed: true }, "fixed term": { contract: "cdd" },
    cdd: { contract: "cdd" }, "contrat a duree determinee": { contract: "cdd" }, permanent: { contract: "cdi" }, cdi: { contract: "cdi" }, "contrat a duree indeterminee": { contract: "cdi" },
    intern: { contract: "stage" }, internship: { contract: "stage" }, stage: { contract: "stage" }, stagiaire: { contract: "stage" },
    volunteer: { contract: "benevolat", assumed: true }, benevolat: { contract: "benevolat" }, benevole: { contract: "benevolat" }, volontariat: { contract: "service-civique", assumed: true },
    "service civique": { contract: "service-civique" }, "engagement de service civique": { contract: "service-civique" },
    contractor: { contract: "freelance" }, freelance: { contract: "freelance" }, independant: { contract: "freelance" }, "auto entrepreneur": { contract: "freelance" }, "micro entrepreneur": { contract: "freelance" },
    apprentissage: { contract: "apprentissage" }, apprenticeship: { contract: "apprentissage" }, alternance: { contract: "alternance" },
    professionnalisation: { contract: "professionnalisation" }, "contrat de professionnalisation": { contract: "professionnalisation" },
    cddi: { contract: "insertion" }, insertion: { contract: "insertion", assumed: true },
  };
  return table[k];
}
