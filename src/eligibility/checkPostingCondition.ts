import { EDUCATION_LEVEL_LABELS } from "../requirements/EDUCATION_LEVEL_LABELS.js";
import type { EligibilityContext } from "./EligibilityContext.js";
import type { ConditionResult, EligibilityConditionCheck } from "./EligibilityResult.js";

const BODY_NAMES: Record<string, { fr: string; en: string }> = {
  "france-travail": { fr: "France Travail", en: "France Travail" },
  "pole-emploi": { fr: "Pôle emploi", en: "Pôle emploi" },
  "mission-locale": { fr: "la Mission locale", en: "a Mission locale" },
  "cap-emploi": { fr: "Cap emploi", en: "Cap emploi" },
};

const BENEFIT_NAMES: Record<string, string> = { rsa: "RSA", ass: "ASS", aah: "AAH", are: "ARE" };

/** France Travail is Pôle emploi renamed (2024-01-01): the two names are one body. */
const sameBody = (a: string, b: string) => a === b || (["france-travail", "pole-emploi"].includes(a) && ["france-travail", "pole-emploi"].includes(b));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

function levelLabel(ctx: EligibilityContext, level: unknown): string {
  const entry = isInt(level) ? EDUCATION_LEVEL_LABELS[level as 3] : undefined;
  return entry ? `${String(level)} (${entry[ctx.locale]})` : String(level);
}

function boundsText(ctx: EligibilityContext, min: unknown, max: unknown, unit: (n: unknown) => string): string {
  if (min !== undefined && max !== undefined) return ctx.t(`de ${unit(min)} à ${unit(max)}`, `${unit(min)} to ${unit(max)}`);
  if (min !== undefined) return ctx.t(`d'au moins ${unit(min)}`, `at least ${unit(min)}`);
  return ctx.t(`d'au plus ${unit(max)}`, `at most ${unit(max)}`);
}

/**
 * Checks one condition of the posting's stated eligibility (`eligibility.anyOf[group].allOf[i]`)
 * against what is known of the candidate. Never throws.
 * @internal
 * @example
 * ```ts
 * checkPostingCondition(ctx, { type: "disability" }, ["eligibility", "anyOf", 2, "allOf", 0], 2).result;
 * ```
 */
export function checkPostingCondition(ctx: EligibilityContext, condition: unknown, path: (string | number)[], group: number): EligibilityConditionCheck {
  ctx.reset();
  const c = isRecord(condition) ? condition : {};
  const type = typeof c.type === "string" ? c.type : "other";
  const facts = ctx.facts;
  let result: ConditionResult = "unknown";
  let detail = "";

  switch (type) {
    case "age": {
      const min = isInt(c.min) ? c.min : undefined;
      const max = isInt(c.max) ? c.max : undefined;
      result = ctx.overAges((a) => ((min === undefined || a >= min) && (max === undefined || a <= max) ? "met" : "not-met"));
      const bounds = min === undefined && max === undefined ? ctx.t("sans borne", "no bound") : boundsText(ctx, min, max, (n) => ctx.t(`${String(n)} ans`, String(n)));
      detail = `${ctx.ageText()} ${ctx.t(`L'offre demande un âge ${bounds}.`, `The posting asks for an age of ${bounds}.`)}`;
      break;
    }
    case "education-level": {
      const level = facts.educationLevel;
      const min = isInt(c.min) ? c.min : undefined;
      const max = isInt(c.max) ? c.max : undefined;
      if (level === undefined) result = ctx.lacks("educationLevel");
      else result = (min === undefined || level >= min) && (max === undefined || level <= max) ? "met" : "not-met";
      const bounds = min === undefined && max === undefined ? ctx.t("quelconque", "any") : boundsText(ctx, min, max, (n) => levelLabel(ctx, n));
      const known = level === undefined ? "" : ctx.t(`Niveau de diplôme : ${levelLabel(ctx, level)}. `, `Diploma level: ${levelLabel(ctx, level)}. `);
      detail = `${known}${ctx.t(`L'offre demande un niveau ${bounds}.`, `The posting asks for a level ${bounds}.`)}`;
      break;
    }
    case "registered": {
      const bodies = Array.isArray(c.with) ? c.with.filter((b): b is string => typeof b === "string") : [];
      const minMonths = isInt(c.minMonths) ? c.minMonths : undefined;
      const registrations = facts.registrations;
      if (!registrations) result = ctx.lacks("registrations");
      else {
        const matching = registrations.filter((r) => bodies.some((b) => sameBody(b, r.body)));
        if (matching.length === 0) result = "not-met";
        else if (minMonths === undefined) result = "met";
        else if (matching.some((r) => r.months !== undefined && r.months >= minMonths)) result = "met";
        else if (matching.some((r) => r.months === undefined)) result = ctx.lacks("registrationMonths");
        else result = "not-met";
      }
      const names = bodies.map((b) => BODY_NAMES[b]?.[ctx.locale] ?? b).join(ctx.t(" ou ", " or "));
      const since = minMonths === undefined ? "" : ctx.t(` depuis au moins ${minMonths} mois`, ` for at least ${minMonths} months`);
      const known = registrations
        ? registrations.length === 0
          ? ctx.t("Inscriptions : aucune. ", "Registrations: none. ")
          : ctx.t("Inscriptions : ", "Registrations: ") +
            registrations
              .map((r) => `${BODY_NAMES[r.body]?.[ctx.locale] ?? r.body}${r.months === undefined ? "" : ctx.t(` (${r.months} mois)`, ` (${r.months} months)`)}`)
              .join(", ") +
            ". "
        : "";
      const renamed = bodies.includes("pole-emploi") || bodies.includes("france-travail")
        ? ctx.t(" (Pôle emploi est devenu France Travail le 1er janvier 2024 : l'un vaut l'autre.)", " (Pôle emploi became France Travail on 2024-01-01: either counts.)")
        : "";
      detail = `${known}${ctx.t(`L'offre demande une inscription à ${names}${since}.`, `The posting asks for registration with ${names}${since}.`)}${renamed}`;
      break;
    }
    case "disability":
      result = ctx.flag("disability");
      detail = ctx.t("L'offre est ouverte aux personnes en situation de handicap reconnu (RQTH ou autre titre).", "The posting is open to people with a recognised disability (RQTH or another title).");
      break;
    case "qpv-resident":
      result = ctx.flag("qpvResident");
      detail = ctx.t("L'offre demande de résider dans un quartier prioritaire de la politique de la ville (QPV).", "The posting asks for residence in a priority neighbourhood (QPV).");
      break;
    case "student":
      result = ctx.flag("student");
      detail = ctx.t("L'offre demande d'être inscrit·e dans un cursus d'enseignement.", "The posting asks for enrolment in a course of education.");
      break;
    case "jobseeker":
      result = ctx.flag("jobseeker");
      detail = ctx.t("L'offre demande d'être sans emploi.", "The posting asks for the candidate to be without a job.");
      break;
    case "benefit-recipient": {
      const wanted = Array.isArray(c.benefits) ? c.benefits.filter((b): b is string => typeof b === "string") : [];
      const received = facts.benefits;
      if (!received) result = ctx.lacks("benefits");
      else result = received.some((b) => wanted.includes(b)) ? "met" : "not-met";
      const names = wanted.map((b) => BENEFIT_NAMES[b] ?? b).join(ctx.t(" ou ", " or "));
      detail = ctx.t(`L'offre demande de percevoir ${names}.`, `The posting asks for the candidate to receive ${names}.`);
      break;
    }
    default: {
      const label = typeof c.label === "string" ? c.label : "";
      result = "unknown";
      detail = ctx.t(
        `Condition de l'offre que la bibliothèque ne sait pas vérifier : « ${label} ». À vérifier avec l'employeur.`,
        `A condition of the posting the library cannot check: "${label}". Check with the employer.`,
      );
      return { source: "posting", path, condition: type === "other" ? "other" : type, result, reason: detail, group };
    }
  }
  return { source: "posting", path, condition: type, result, reason: `${detail} ${ctx.conclusion(result)}`, group };
}
