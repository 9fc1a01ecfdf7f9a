import { smicCaveat } from "../parameters/smic/smicCaveat.js";
import type { Contract } from "../contract/ContractSchema.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { agreementMinimumPay } from "../agreement/agreementMinimumPay.js";
import { serviceCiviqueIndemnityAt } from "../parameters/serviceCivique/serviceCiviqueIndemnityAt.js";
import { stageGratificationAt } from "../parameters/stage/stageGratificationAt.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import type { Source } from "../parameters/Parameter.js";
import type { Locale } from "../validate/Diagnostic.js";
import type { LegalMinimum } from "./LegalMinimum.js";
import { describeAgreementFailure } from "./describeAgreementFailure.js";
import { isRecord } from "../validate/isRecord.js";
import { euros } from "./euros.js";
import { legalMinimumOptions } from "./legalMinimumOptions.js";
import { alternanceMinimum } from "./alternanceMinimum.js";
import { workStudyMinimum } from "./workStudyMinimum.js";
import { paidWeeklyHours } from "./paidWeeklyHours.js";
import { inMayotte, smicOn } from "./postingSmic.js";
import { durationMonths, postingWeeklyHours, referenceDate } from "./postingPayContext.js";

/** What {@link legalMinimumPay} may be told about the candidate and the contract. */
export interface LegalMinimumOptions {
  /** The date the minimum is computed at. Default: the posting's date, else today. */
  date?: string;
  /** Language of the steps and notes. Default `fr`. */
  locale?: Locale;
  /** The candidate's age in years (apprentissage, contrat de professionnalisation). */
  age?: number;
  /** Which year of an apprenticeship contract (1, 2 or 3). Default 1. */
  contractYear?: number;
  /** For a contrat de professionnalisation: the candidate holds at least a bac pro level. */
  qualifiedAtBacPro?: boolean;
  /**
   * The SMIC's territory. Default: Mayotte when the main place (the one marked `main`, else the first)
   * is in Mayotte (département 976, a postal or INSEE code starting with 976, or country `YT`), else
   * metropolitan France.
   */
  territory?: "metropole" | "mayotte";
}

const WEEKS_PER_MONTH = 52 / 12;
const round2 = (x: number) => Math.round(x * 100) / 100;
/** Amounts in steps and messages are written with their cents: "1 766,92 €", "1 700,00 €". */
const CENTS = { cents: true } as const;
const num = (x: number, locale: Locale) => (locale === "fr" ? String(round2(x)).replace(".", ",") : String(round2(x)));
const t = (locale: Locale, fr: string, en: string) => (locale === "fr" ? fr : en);
const uniqueSources = (sources: Source[]) => [...new Map(sources.map((s) => [`${s.label}|${s.url ?? ""}`, s])).values()];

/**
 * The legal minimum pay of each contract a posting offers, at a date: the SMIC prorated to working
 * time, or the collective agreement's minimum for the stated classification when higher; the
 * apprentissage and contrat de professionnalisation percentages of the SMIC by age (a range when
 * the age is unknown); the stage gratification; the service-civique indemnity. Freelance missions,
 * bénévolat and stages of two months or less have none, with the reason. Every result carries its
 * computation and sources.
 *
 * Never throws: a value that is not a posting, or whose `contracts` is not an array, gives `[]`; a
 * contract that is not an object of a known type, or cannot be read, is left out (the others keep
 * their `contractIndex`); options that are not an object, or of the wrong type, are ignored.
 *
 * @param posting - A posting that passed the schema.
 * @param options - Date, locale, and what is known of the candidate (age).
 * @returns One entry per contract, in `posting.contracts` order.
 * @example
 * ```ts
 * const posting: JobPosting = {
 *   title: "Animateur·rice enfance",
 *   organisation: { name: "Centre social des Lilas" },
 *   contracts: [{ type: "cdi" }],
 *   collectiveAgreement: { idcc: "1518", classification: { group: "B" } },
 *   workingTime: { weeklyHours: { value: 28 } },
 * };
 * const [min] = legalMinimumPay(posting, { date: "2024-06-01" });
 * min?.kind; // "agreement"
 * min?.monthly; // { min: 1483.5, max: 1483.5 } (ÉCLAT group B: 257 × 7,01 € + 8 × 6,60 €, × 28 h / 35 h)
 * min?.steps; // the SMIC step, then the agreement's computation
 * ```
 */
export function legalMinimumPay(posting: JobPosting, options: LegalMinimumOptions = {}): LegalMinimum[] {
  return legalMinimums(posting, options, READERS);
}

/** How {@link legalMinimums} reads an agreement's grid: the pay rules give the reading their run shares. @internal */
export interface MinimumReaders {
  agreementMinimumPay: typeof agreementMinimumPay;
  /**
   * Whether to write the computation's `steps`, `notes` and `sources`: the pay rules, which read only the
   * figures (`kind`, `monthly`, `smicMonthly`, `weeklyHours`…), ask for none.
   */
  text: boolean;
}
const READERS: MinimumReaders = { agreementMinimumPay, text: true };

/** {@link legalMinimumPay}, reading the agreement's grid with `readers`. @internal */
export function legalMinimums(posting: JobPosting, options: LegalMinimumOptions, readers: MinimumReaders): LegalMinimum[] {
  return isRecord(posting) ? legalMinimumsWith(posting, legalMinimumOptions(options), readers) : [];
}

/** {@link legalMinimums} with options already checked (as {@link legalMinimumOptions} returns them). @internal */
export function legalMinimumsWith(posting: JobPosting, opts: LegalMinimumOptions, readers: MinimumReaders): LegalMinimum[] {
  if (!isRecord(posting)) return [];
  const out: LegalMinimum[] = [];
  try {
    const contracts: unknown = posting.contracts;
    if (!Array.isArray(contracts)) return [];
    for (let index = 0; index < contracts.length; index++) {
      try {
        const contract: unknown = contracts[index];
        if (!isRecord(contract)) continue;
        const minimum = minimumFor(posting, contract as unknown as Contract, index, opts, readers);
        if (minimum) out.push(minimum);
      } catch {
        // A contract that cannot be read is left out.
      }
    }
  } catch {
    return out;
  }
  return out;
}

function minimumFor(posting: JobPosting, contract: Contract, contractIndex: number, options: LegalMinimumOptions, readers: MinimumReaders): LegalMinimum | undefined {
  const locale = options.locale ?? "fr";
  const date = referenceDate(posting, options.date);
  const base: LegalMinimum = { contractIndex, contractType: contract.type, kind: "none", date, steps: [], notes: [], sources: [], verified: true };
  const fullTime = legalWeeklyHoursAt(date).value;
  const statedHours = postingWeeklyHours(posting, date);
  const hours = statedHours ?? fullTime;
  const text = readers.text;
  // Written when the minimum assumes full time (a note, so only with the text).
  const assumesFullTime = statedHours === undefined && text;
  const monthlyHours = hours * WEEKS_PER_MONTH;
  const territory = options.territory ?? (inMayotte(posting) ? "mayotte" : "metropole");
  const smic = smicOn(date, territory);

  switch (contract.type) {
    case "freelance":
      if (text)
        base.notes.push(
          t(
            locale,
            "Prestation indépendante : aucun salaire minimum légal ne s'applique ; la rémunération est un prix, dont le prestataire paie lui-même ses cotisations.",
            "Freelance service: no legal minimum wage applies; the fee is a price, out of which the provider pays their own contributions.",
          ),
        );
      return base;
    case "benevolat":
      if (text) base.notes.push(t(locale, "Bénévolat : aucune rémunération.", "Volunteering (bénévolat): unpaid."));
      return base;
    case "service-civique": {
      const sc = serviceCiviqueIndemnityAt(date);
      if (!sc) return noValue(base, locale, "service civique", text);
      const total = round2(sc.state + sc.hostMinimum);
      Object.assign(base, { kind: "service-civique-indemnity", basis: "net", monthly: { min: total, max: total }, verified: sc.verified });
      if (!text) return base;
      base.steps.push(
        t(
          locale,
          `Indemnité de l'État ${euros(sc.state, locale, CENTS)} + prestation minimale de la structure d'accueil ${euros(sc.hostMinimum, locale, CENTS)} = ${euros(total, locale, CENTS)} net par mois (au ${sc.effectiveFrom}).`,
          `State indemnity ${euros(sc.state, locale, CENTS)} + host's minimum prestation ${euros(sc.hostMinimum, locale, CENTS)} = ${euros(total, locale, CENTS)} net a month (from ${sc.effectiveFrom}).`,
        ),
      );
      const majoration = sc.majoration === undefined ? t(locale, "une majoration (montant non connu à cette date)", "a further amount (not known at that date)") : euros(sc.majoration, locale, CENTS);
      base.notes.push(
        t(
          locale,
          `Plus ${majoration} pour un volontaire bénéficiaire du RSA (ou de son foyer) ou boursier de l'enseignement supérieur aux échelons 5 à 7.`,
          `Plus ${majoration} for a volunteer receiving RSA (or in an RSA household) or holding a higher-education grant at levels 5 to 7.`,
        ),
      );
      base.sources = uniqueSources([...sc.sources]);
      return base;
    }
    case "stage": {
      const sg = stageGratificationAt(date);
      if (!sg) return noValue(base, locale, "stage", text);
      if (text) base.sources = uniqueSources([...sg.sources]);
      base.verified = sg.verified;
      const months = durationMonths(contract.duration);
      if (months && months.max <= sg.thresholdMonths) {
        if (text)
          base.notes.push(
            t(
              locale,
              `Stage de ${num(months.max, locale)} mois au plus : la gratification n'est obligatoire qu'au-delà de ${sg.thresholdMonths} mois (${sg.thresholdHours} heures).`,
              `Internship of at most ${num(months.max, locale)} months: a gratification is compulsory only beyond ${sg.thresholdMonths} months (${sg.thresholdHours} hours).`,
            ),
          );
        return base;
      }
      if (!months && text)
        base.notes.push(
          t(
            locale,
            `Durée non précisée : la gratification est obligatoire si le stage dure plus de ${sg.thresholdMonths} mois (${sg.thresholdHours} heures), dès le premier jour.`,
            `Duration not stated: the gratification is compulsory if the internship lasts more than ${sg.thresholdMonths} months (${sg.thresholdHours} hours), from the first day.`,
          ),
        );
      if (assumesFullTime) fullTimeNote(base, fullTime, locale);
      const monthly = round2(sg.hourly * monthlyHours);
      Object.assign(base, { kind: "stage-gratification", hourly: { min: sg.hourly, max: sg.hourly }, monthly: { min: monthly, max: monthly }, weeklyHours: hours });
      if (!text) return base;
      base.steps.push(
        t(
          locale,
          `Gratification minimale : ${num(sg.rate * 100, locale)} % du plafond horaire de la sécurité sociale (${euros(sg.hourlyCeiling, locale, CENTS)}) = ${euros(sg.hourly, locale, CENTS)} par heure de présence.`,
          `Minimum gratification: ${num(sg.rate * 100, locale)}% of the hourly social-security ceiling (${euros(sg.hourlyCeiling, locale, CENTS)}) = ${euros(sg.hourly, locale, CENTS)} per hour of presence.`,
        ),
        t(
          locale,
          `${euros(sg.hourly, locale, CENTS)} × ${num(monthlyHours, locale)} h par mois (${num(hours, locale)} h × 52 / 12) = ${euros(monthly, locale, CENTS)} par mois en moyenne.`,
          `${euros(sg.hourly, locale, CENTS)} × ${num(monthlyHours, locale)} h a month (${num(hours, locale)} h × 52 / 12) = ${euros(monthly, locale, CENTS)} a month on average.`,
        ),
      );
      return base;
    }
    case "apprentissage":
    case "professionnalisation":
    case "alternance": {
      const hoursNote = () => {
        if (assumesFullTime) fullTimeNote(base, fullTime, locale);
      };
      if (contract.type !== "alternance") return workStudyMinimum(base, contract.type, date, monthlyHours, hours, fullTime, hoursNote, options, locale, text);
      return alternanceMinimum(base, (type, into) => workStudyMinimum(into, type, date, monthlyHours, hours, fullTime, () => undefined, options, locale, text), hoursNote, locale, text);
    }
    case "cdi":
    case "cdd":
    case "insertion": {
      if (!smic) return noValue(base, locale, "SMIC", text);
      if (assumesFullTime) fullTimeNote(base, fullTime, locale);
      const overtime = paidWeeklyHours(posting, hours, fullTime, date, locale);
      const paidMonthlyHours = overtime.paid * WEEKS_PER_MONTH;
      const smicMonthly = round2(smic.hourly * paidMonthlyHours);
      Object.assign(base, { kind: "smic", basis: "gross", hourly: { min: smic.hourly, max: smic.hourly }, monthly: { min: smicMonthly, max: smicMonthly }, smicMonthly, smicEffectiveFrom: smic.effectiveFrom, weeklyHours: hours, verified: smic.verified });
      if (text) {
        base.sources = uniqueSources([...smic.sources, ...overtime.sources]);
        const caveat = smicCaveat(smic);
        if (caveat) base.notes.push(t(locale, caveat.fr, caveat.en));
        base.steps.push(...overtime.steps);
        base.steps.push(
          t(
            locale,
            `SMIC${territory === "mayotte" ? " (Mayotte)" : ""} au ${smic.effectiveFrom} : ${euros(smic.hourly, locale, CENTS)} brut de l'heure × ${num(paidMonthlyHours, locale)} h par mois (${num(overtime.paid, locale)} h × 52 / 12) = ${euros(smicMonthly, locale, CENTS)} brut par mois.`,
            `SMIC${territory === "mayotte" ? " (Mayotte)" : ""} from ${smic.effectiveFrom}: ${euros(smic.hourly, locale, CENTS)} gross an hour × ${num(paidMonthlyHours, locale)} h a month (${num(overtime.paid, locale)} h × 52 / 12) = ${euros(smicMonthly, locale, CENTS)} gross a month.`,
          ),
        );
        base.notes.push(...overtime.notes);
      }
      const agreement = posting.collectiveAgreement;
      if (agreement?.classification) {
        const result = readers.agreementMinimumPay({ idcc: agreement.idcc, classification: agreement.classification, date, weeklyHours: hours });
        if (result.ok) {
          if (text) base.sources = uniqueSources([...base.sources, ...result.sources]);
          base.verified = base.verified && result.verified;
          if (text) base.steps.push(locale === "fr" ? result.computation : englishComputation(result.computation));
          // The agreement's full-time minimum for the hours paid (overtime premiums counted).
          const agreementMonthly = round2((result.fullTimeMonthly * overtime.paid) / fullTime);
          if (overtime.paid !== hours && text)
            base.steps.push(
              t(
                locale,
                `Avec les heures supplémentaires majorées : ${euros(result.fullTimeMonthly, locale, CENTS)} × ${num(overtime.paid, locale)} h / ${fullTime} h = ${euros(agreementMonthly, locale, CENTS)}.`,
                `With the overtime premiums: ${euros(result.fullTimeMonthly, locale, CENTS)} × ${num(overtime.paid, locale)} h / ${fullTime} h = ${euros(agreementMonthly, locale, CENTS)}.`,
              ),
            );
          if (agreementMonthly > smicMonthly + 0.005) {
            Object.assign(base, {
              kind: "agreement",
              monthly: { min: agreementMonthly, max: agreementMonthly },
              hourly: { min: round2(result.fullTimeMonthly / (fullTime * WEEKS_PER_MONTH)), max: round2(result.fullTimeMonthly / (fullTime * WEEKS_PER_MONTH)) },
            });
          } else if (text)
            base.notes.push(
              t(locale, "Le minimum de la grille n'atteint pas le SMIC : le SMIC s'applique.", "The grid's minimum does not reach the SMIC: the SMIC applies."),
            );
        } else if (text) {
          base.notes.push(describeAgreementFailure(result, agreement.idcc, locale));
        }
      }
      return base;
    }
    default:
      // Not a contract type of the model (unvalidated input): no minimum to give.
      return undefined;
  }
}

function fullTimeNote(base: LegalMinimum, fullTime: number, locale: Locale): void {
  base.notes.push(t(locale, `Temps de travail non précisé : temps plein supposé (${fullTime} h par semaine).`, `Working time not stated: full time assumed (${fullTime} h a week).`));
}

function noValue(base: LegalMinimum, locale: Locale, what: string, text: boolean): LegalMinimum {
  if (text) base.notes.push(t(locale, `Aucune valeur de référence (${what}) n'est connue à la date du ${base.date}.`, `No reference value (${what}) is known at ${base.date}.`));
  base.verified = false;
  return base;
}

/** The agreement's computation (built in French) with its words in English; the figures stay as computed. */
function englishComputation(text: string): string {
  return text
    .replace(/brut mensuel à temps plein/g, "gross a month full time")
    .replace(/le SMIC s'applique/g, "the SMIC applies")
    .replace(/\(depuis le /g, "(since ")
    .replace(/par mois/g, "a month")
    .replace(/par an/g, "a year")
    .replace(/Groupe /g, "Group ");
}
