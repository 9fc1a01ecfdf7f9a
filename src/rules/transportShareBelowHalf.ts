import type { Rule } from "./Rule.js";

/** Contracts whose holder is not an employee (nor an intern): the transport rule does not apply. */
const NOT_EMPLOYEES = new Set(["benevolat", "service-civique", "freelance"]);

/**
 * `benefits/transport-share-below-half`: the employer's share of the public-transport pass is stated
 * below 50 % (Code du travail L3261-2, R3261-1). Not checked below half time, where the share is
 * prorated (R3261-9), nor for volunteers and freelancers.
 */
export const transportShareBelowHalf: Rule = {
  code: "benefits/transport-share-below-half",
  defaultSeverity: "error",
  title: { fr: "Prise en charge du titre de transport inférieure à 50 %", en: "Public-transport share below 50 %" },
  sources: [
    { label: "Code du travail, art. L3261-2", url: "https://code.travail.gouv.fr/code-du-travail/l3261-2" },
    { label: "Code du travail, art. R3261-1", url: "https://code.travail.gouv.fr/code-du-travail/r3261-1" },
    { label: "Service-public.fr, Prise en charge des frais de transport par l'employeur (F19846)", url: "https://www.service-public.fr/particuliers/vosdroits/F19846" },
  ],
  message: {
    fr: (p) =>
      `L'employeur prend en charge ${p["percent"] ?? "moins de 50"} % de l'abonnement de transport public : la loi impose au moins 50 % (Code du travail, art. L3261-2 et R3261-1).`,
    en: (p) => `The employer pays ${p["percent"] ?? "less than 50"} % of the public-transport pass: the law requires at least 50 % (Code du travail, art. L3261-2 and R3261-1).`,
  },
  check(posting) {
    if (posting.contracts.every((c) => NOT_EMPLOYEES.has(c.type))) return [];
    const wt = posting.workingTime;
    const hours = wt?.weeklyHours?.value ?? wt?.weeklyHours?.max;
    if ((wt?.fraction !== undefined && wt.fraction < 0.5) || (hours !== undefined && hours < 17.5)) return [];
    const findings = [];
    for (const [i, b] of (posting.benefits ?? []).entries()) {
      if (b.type === "transport" && b.publicTransportShare !== undefined && b.publicTransportShare < 0.5) {
        findings.push({ path: ["benefits", i, "publicTransportShare"], params: { percent: Math.round(b.publicTransportShare * 1000) / 10 } });
      }
    }
    return findings;
  },
};
