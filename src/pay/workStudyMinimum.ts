import { apprenticeMinimumPayAt } from "../parameters/apprenticeship/apprenticeMinimumPayAt.js";
import { professionalisationMinimumPayAt } from "../parameters/professionalisation/professionalisationMinimumPayAt.js";
import type { Source } from "../parameters/Parameter.js";
import type { Locale } from "../validate/Diagnostic.js";
import type { LegalMinimum } from "./LegalMinimum.js";
import type { LegalMinimumOptions } from "./legalMinimumPay.js";
import { euros } from "./euros.js";

const round2 = (x: number) => Math.round(x * 100) / 100;
/** Amounts in steps and messages are written with their cents: "1 766,92 €", "1 700,00 €". */
const CENTS = { cents: true } as const;
const num = (x: number, locale: Locale) => (locale === "fr" ? String(round2(x)).replace(".", ",") : String(round2(x)));
const t = (locale: Locale, fr: string, en: string) => (locale === "fr" ? fr : en);
const uniqueSources = (sources: Source[]) => [...new Map(sources.map((s) => [`${s.label}|${s.url ?? ""}`, s])).values()];

/**
 * The minimum of an apprenticeship contract or a contrat de professionnalisation: the legal percentages
 * of the SMIC by age (a range when the age is unknown), prorated to the job's hours, written into
 * `base`. Without `text`, no step, note or source is written (figures only).
 * @internal
 */
export function workStudyMinimum(
  base: LegalMinimum,
  type: "apprentissage" | "professionnalisation",
  date: string,
  monthlyHours: number,
  hours: number,
  fullTime: number,
  hoursNote: () => void,
  options: LegalMinimumOptions,
  locale: Locale,
  text: boolean,
): LegalMinimum {
  const year = options.contractYear ?? 1;
  const lookup = (age: number, qualified?: boolean) =>
    type === "apprentissage"
      ? apprenticeMinimumPayAt({ date, age, contractYear: year })
      : professionalisationMinimumPayAt({ date, age, ...(qualified === undefined ? {} : { qualifiedAtBacPro: qualified }) });
  // Ages that stand for each bracket; the brackets are the parameters' own.
  const ages = options.age !== undefined ? [options.age] : type === "apprentissage" ? [16, 18, 21, 26] : [16, 21, 26];
  const qualifications: (boolean | undefined)[] =
    type === "professionnalisation" && options.qualifiedAtBacPro === undefined ? [false, true] : [options.qualifiedAtBacPro];
  const seen = new Set<string>();
  const readings = ages
    .flatMap((age) => qualifications.map((q) => ({ age, reading: lookup(age, q) })))
    .filter((r) => {
      // One step per distinct bracket: from 26, the qualification no longer changes the rate.
      if (r.reading === undefined) return false;
      const key = `${r.age}|${r.reading.rate}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
  if (readings.length === 0) {
    base.notes.push(
      t(
        locale,
        options.age !== undefined
          ? `Aucun barème ${type === "apprentissage" ? "d'apprentissage" : "de contrat de professionnalisation"} ne s'applique à ${options.age} ans au ${date}.`
          : `Aucun barème n'est connu au ${date}.`,
        options.age !== undefined ? `No ${type} pay scale applies at age ${options.age} on ${date}.` : `No pay scale is known on ${date}.`,
      ),
    );
    base.verified = false;
    return base;
  }
  hoursNote();
  // The percentages apply to the full-time SMIC: prorate to the job's hours.
  const fullTimeRatio = hours / fullTime;
  const monthlies = readings.map((r) => r.reading!.monthly * fullTimeRatio);
  const min = round2(Math.min(...monthlies));
  const max = round2(Math.max(...monthlies));
  Object.assign(base, {
    kind: type === "apprentissage" ? "apprenticeship" : "professionalisation",
    basis: "gross",
    monthly: { min, max },
    hourly: { min: round2(min / monthlyHours), max: round2(max / monthlyHours) },
    weeklyHours: hours,
    verified: readings.every((r) => r.reading!.verified),
    sources: text ? uniqueSources(readings.flatMap((r) => [...r.reading!.sources])) : [],
  });
  if (!text) return base;
  for (const r of readings) {
    const rate = r.reading!.rate;
    base.steps.push(
      t(
        locale,
        `${r.age} ans${type === "apprentissage" ? `, ${year}e année` : ""} : ${num(rate * 100, locale)} % du SMIC = ${euros(r.reading!.monthly * fullTimeRatio, locale, CENTS)} brut par mois.`,
        `Age ${r.age}${type === "apprentissage" ? `, year ${year}` : ""}: ${num(rate * 100, locale)}% of the SMIC = ${euros(r.reading!.monthly * fullTimeRatio, locale, CENTS)} gross a month.`,
      ),
    );
  }
  if (options.age === undefined)
    base.notes.push(
      t(
        locale,
        "Âge du candidat inconnu : le minimum va du plus bas au plus haut des barèmes par âge.",
        "Candidate's age unknown: the minimum ranges from the lowest to the highest age bracket.",
      ),
    );
  base.notes.push(
    t(
      locale,
      "Un minimum conventionnel plus favorable peut s'appliquer (à partir de 26 ans notamment).",
      "A higher collective-agreement minimum may apply (from age 26 in particular).",
    ),
  );
  return base;
}
