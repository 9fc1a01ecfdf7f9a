import { validateJobPosting, type JobPosting } from "../../src/index.js";
import type { CorpusOffer, ExpectedLegalMinimum } from "./loadCorpus.js";

/** An unlawful variant of a lawful corpus offer, and the rule that exists to catch it. */
export interface SeededCase {
  offer: string;
  code: string;
  /** What was changed, in a few words. */
  change: string;
  posting: JobPosting;
}

type Seed = { code: string; change: string; applies: (p: JobPosting, offer: CorpusOffer) => boolean; mutate: (p: JobPosting, offer: CorpusOffer) => void };

const EMPLOYEE = new Set(["cdi", "cdd", "insertion"]);
const WORK_STUDY = new Set(["apprentissage", "professionnalisation", "alternance"]);
const round2 = (x: number) => Math.round(x * 100) / 100;
const types = (p: JobPosting) => p.contracts.map((c) => c.type);
const only = (p: JobPosting, set: ReadonlySet<string>) => types(p).every((t) => set.has(t));
const single = (p: JobPosting, type: string) => p.contracts.length === 1 && p.contracts[0]!.type === type;
const minimum = (offer: CorpusOffer): ExpectedLegalMinimum | undefined => (offer.expectations.legalMinimum.length === 1 ? offer.expectations.legalMinimum[0] : undefined);
/** Sets fields on the posting's only contract, when it is of the type. */
const patchOnly = (type: string, patch: Record<string, unknown>) => (p: JobPosting) => {
  const c = p.contracts[0];
  if (p.contracts.length === 1 && c?.type === type) Object.assign(c, patch);
};
const addText = (p: JobPosting, sentence: string) => {
  p.content = { ...p.content, profile: p.content?.profile ? `${p.content.profile}\n${sentence}` : sentence };
};

/** One euro under the offer's law-based monthly minimum (the lower end when it depends on age), per month. */
const payUnder = (basis: "gross" | "net" | undefined, by = 1) => (p: JobPosting, offer: CorpusOffer): void => {
  const min = minimum(offer)!.monthly!.min;
  p.pay = { amount: { value: round2(min - by), currency: "EUR", period: "month", ...(basis ? { basis } : {}) } };
};
const minimumOfKind = (kinds: string[]) => (_p: JobPosting, offer: CorpusOffer) => {
  const m = minimum(offer);
  return m !== undefined && kinds.includes(m.kind) && m.monthly !== undefined && m.monthly.min > 1;
};

/** Feminine endings written after a separator, in brackets or as a second word ("chargé·e", "animateur·ice", "ouvrier(ère)", "agent / agente"). */
const FEMININE_FORMS = [
  /[·.•‧-](?:e|ice|rice|trice|euse|ère|ive|ne|fe)(?:[·.•‧-]?s)?(?![\p{L}])/gu,
  /\((?:e|ice|rice|trice|euse|ère|ive|ne)\)/gu,
  /\s*\/\s*[\p{L}]+(?:e|euse|rice|ère|ive|ne|esse)(?![\p{L}])/gu,
];
/** "H/F", "(F/H)" and the like. */
const GENDER_MARK = /\s*[(\[]?\s*(?:h\s*\/\s*f|f\s*\/\s*h)\s*[)\]]?/giu;
/** Masculine-only titles used when the offer's own title has no feminine form to remove (an epicene "Responsable SI"). */
const MASCULINE_TITLES = ["Animateur socioculturel", "Coordinateur de projet", "Directeur", "Chargé de mission", "Éducateur spécialisé", "Conseiller en insertion professionnelle"];

/**
 * The offer's title made masculine only: its gender mark and feminine forms removed ("Chargé·e de
 * projet (H/F)" → "Chargé de projet"); when it has no feminine form (an epicene title), a
 * masculine-only title of the list instead.
 */
function masculineTitle(title: string, index: number): string {
  const unmarked = title.replace(GENDER_MARK, "").replace(/\s+/gu, " ").trim();
  const masculine = FEMININE_FORMS.reduce((t, pattern) => t.replace(pattern, ""), unmarked).replace(/\s+/gu, " ").trim();
  return masculine !== unmarked && masculine.length > 0 ? masculine : MASCULINE_TITLES[index % MASCULINE_TITLES.length]!;
}

const SEEDS: Seed[] = [
  { code: "pay/below-smic", change: "pay 1 € a month under the SMIC", applies: minimumOfKind(["smic"]), mutate: payUnder("gross") },
  { code: "pay/below-agreement-minimum", change: "pay 1 € a month under the grid", applies: minimumOfKind(["agreement"]), mutate: payUnder("gross") },
  { code: "pay/below-work-study-minimum", change: "pay 1 € a month under the lowest work-study rate", applies: minimumOfKind(["apprenticeship", "professionalisation", "work-study"]), mutate: payUnder("gross") },
  {
    code: "stage/gratification-below-minimum",
    // The gratification is due beyond two months only, and the rule accepts a monthly figure rounded to the euro
    // ("660 €" for 659,75 €): the variant is a 4-month stage paid 2 € a month under the minimum.
    change: "a 4-month internship paid 2 € a month under the minimum gratification",
    applies: (p, offer) => single(p, "stage") && minimumOfKind(["stage-gratification"])(p, offer),
    mutate: (p, offer) => {
      patchOnly("stage", { duration: { value: 4, unit: "month" } })(p);
      payUnder(undefined, 2)(p, offer);
    },
  },
  // The rule accepts a figure within 1 € of a legal amount (offers round it: "600 €" for 600,94 €): the variant is 2 € under.
  { code: "service-civique/indemnity-not-legal", change: "indemnity 2 € a month under the legal amount", applies: minimumOfKind(["service-civique-indemnity"]), mutate: payUnder("net", 2) },
  {
    code: "applicant/age-limit",
    change: "upper age limit in the profile",
    applies: (p) => only(p, EMPLOYEE),
    mutate: (p) => addText(p, "Candidat·e âgé·e de moins de 35 ans."),
  },
  {
    code: "applicant/discriminatory-criterion",
    change: "nationality required in the profile",
    applies: (p) => only(p, EMPLOYEE),
    mutate: (p) => addText(p, "Nationalité française exigée."),
  },
  {
    code: "title/not-gender-inclusive",
    change: "masculine-only title",
    applies: () => true,
    mutate: (p, offer) => {
      p.title = masculineTitle(p.title, offer.id.length);
    },
  },
  {
    code: "cdd/duration-over-maximum",
    change: "CDD beyond its legal maximum (18 months, 36 for objet défini)",
    applies: (p) => p.contracts.some((c) => c.type === "cdd" && c.reason !== "remplacement" && c.reason !== "saisonnier" && c.reason !== "usage" && c.reason !== "politique-emploi"),
    mutate: (p) => {
      for (const c of p.contracts) if (c.type === "cdd") c.duration = { value: c.reason === "objet-defini" ? 37 : 19, unit: "month" };
    },
  },
  {
    code: "cdd/too-many-renewals",
    change: "three renewals announced",
    applies: (p) => p.contracts.some((c) => c.type === "cdd" && (c.reason === undefined || c.reason === "accroissement-temporaire" || c.reason === "remplacement")),
    mutate: (p) => {
      for (const c of p.contracts) if (c.type === "cdd") c.renewals = 3;
    },
  },
  {
    code: "service-civique/weekly-hours-out-of-range",
    change: "50 h a week",
    applies: (p) => single(p, "service-civique"),
    mutate: patchOnly("service-civique", { weeklyHours: 50 }),
  },
  {
    code: "service-civique/weekly-hours-out-of-range",
    change: "40 h a week on a mission open to minors",
    applies: (p) => single(p, "service-civique"),
    mutate: patchOnly("service-civique", { weeklyHours: 40, openToMinors: true }),
  },
  {
    code: "service-civique/requires-qualification",
    change: "diploma required (structured)",
    applies: (p) => single(p, "service-civique"),
    mutate: (p) => {
      p.requirements = { ...p.requirements, education: [{ level: 5, label: "Bac+2 exigé", strength: "required" }] };
    },
  },
  {
    code: "service-civique/requires-qualification",
    change: "diploma required in the profile text",
    applies: (p) => single(p, "service-civique"),
    mutate: (p) => addText(p, "Titulaire d'un diplôme de niveau bac+2 exigé."),
  },
  {
    code: "service-civique/duration-out-of-range",
    change: "a 13-month engagement",
    applies: (p) => single(p, "service-civique"),
    mutate: patchOnly("service-civique", { duration: { value: 13, unit: "month" } }),
  },
  {
    code: "stage/duration-over-six-months",
    change: "a 7-month internship",
    applies: (p) => single(p, "stage"),
    mutate: patchOnly("stage", { duration: { value: 7, unit: "month" } }),
  },
  {
    code: "stage/gratification-missing",
    change: "a 4-month internship with no gratification stated",
    applies: (p) => single(p, "stage"),
    mutate: (p) => {
      patchOnly("stage", { duration: { value: 4, unit: "month" } })(p);
      delete p.pay;
    },
  },
  {
    code: "freelance/subordination-risk",
    change: "fixed hours imposed on a freelancer",
    applies: (p) => single(p, "freelance"),
    mutate: (p) => {
      p.workingTime = { ...p.workingTime, note: "Horaires fixes imposés : du lundi au vendredi de 9 h à 17 h, dans nos locaux." };
    },
  },
  {
    code: "freelance/subordination-risk",
    change: "a manager for a freelancer",
    applies: (p) => single(p, "freelance"),
    mutate: (p) => {
      p.reporting = { ...p.reporting, reportsTo: "la directrice de l'association, votre responsable hiérarchique" };
    },
  },
  {
    code: "posting/undated",
    change: "publication date removed from an offer of employment",
    applies: (p) => p.dates?.posted !== undefined && !only(p, new Set(["service-civique", "benevolat", "stage", "freelance"])),
    mutate: (p) => {
      if (p.dates) {
        delete p.dates.posted;
        delete p.dates.updated;
      }
    },
  },
  {
    code: "benefits/transport-share-below-half",
    change: "40 % of the transport pass",
    applies: (p) => only(p, new Set([...EMPLOYEE, ...WORK_STUDY])) && (p.workingTime?.weeklyHours?.value ?? 35) >= 17.5 && (p.workingTime?.fraction ?? 1) >= 0.5,
    mutate: (p) => {
      p.benefits = [...(p.benefits ?? []), { type: "transport", publicTransportShare: 0.4 }];
    },
  },
];

/** The unlawful variants of every offer that is lawful for the rule concerned (the offer's expectations do not already hold that rule). */
export function seededCases(offers: readonly CorpusOffer[]): SeededCase[] {
  const out: SeededCase[] = [];
  for (const offer of offers) {
    const parsed = validateJobPosting(offer.posting, { rules: false });
    if (!parsed.posting) continue;
    for (const seed of SEEDS) {
      if (offer.expectations.diagnostics.some((d) => d.code === seed.code)) continue;
      const posting = structuredClone(parsed.posting);
      if (!seed.applies(posting, offer)) continue;
      seed.mutate(posting, offer);
      out.push({ offer: offer.id, code: seed.code, change: seed.change, posting });
    }
  }
  return out;
}

/** Whether the rule the case exists for reports it. */
export function caught(c: SeededCase): boolean {
  return validateJobPosting(c.posting).diagnostics.some((d) => d.code === c.code);
}

/** Per rule: how many seeded cases, how many caught. */
export function seededRecall(offers: readonly CorpusOffer[]): Record<string, { cases: number; caught: number }> {
  const out: Record<string, { cases: number; caught: number }> = {};
  for (const c of seededCases(offers)) {
    const entry = (out[c.code] ??= { cases: 0, caught: 0 });
    entry.cases++;
    if (caught(c)) entry.caught++;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
