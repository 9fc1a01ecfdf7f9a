import type { Pay, PayFactor } from "../PaySchema.js";

export const NEGOTIABLE_RE = /\ba (?:negocier|debattre|discuter)\b|\bnegociables?\b/;
export const AGREEMENT_RE =
  /\bconventions? collectives?\b|\bconventionnel(?:le)?s?\b|\bccnt?\b|\bidcc\b|\bgrilles?\b|\bbaremes?\b|\bclassification\b|\bcoefficient\b|\bpesees?\b|\bcotation\b|\bminima de branche\b/;
export const COMPLEMENT_RE = /\bcomplet(?:e|ee|er)\b|\bcomplement\b/;
export const STATUTORY_RE =
  /\bsmic\b|\blegal(?:e|es)?\b|\blegaux\b|\breglementaires?\b|\breglementation\b|\bgratification (?:de stage|minimale)\b|\bindemnite de service civique\b/;
export const IN_FORCE_RE = /\ben vigueur\b/;
export const DEPENDS_TRIGGER_RE = /\bselon\b|\ben fonction d|\bsuivant\b|\bvariables?\b|\bdepend|\bsi\b/;
/**
 * Pay of the fonction publique: the grade's index grid set by decree ("statutaire", "grille indiciaire
 * de la FPT", "catégorie C", "RIFSEEP"), legal pay rather than a collective agreement's.
 */
export const PUBLIC_PAY_RE = /\bstatutaires?\b|\bindiciaires?\b|\bindices?\b|\bfonction publique\b|\bfp[th]?\b|\bcategorie [abc]\b|\brifseep\b|\bifse\b/;
/** Words that name a collective agreement outright (then "indice 350" is the agreement's, not the civil service's). */
export const NAMED_AGREEMENT_RE = /\bccnt?\b|\bconventions? collectives?\b|\bidcc\b/;
export const FACTOR_CUES: [PayFactor, RegExp][] = [
  ["profile", /\bprofils?\b/],
  ["experience", /\bexperiences?\b/],
  ["qualification", /\bqualifications?\b|\bdiplomes?\b|\bniveau d'etudes?\b|\bformation\b|\bcompetences?\b/],
  ["age", /\bage\b/],
  ["seniority", /\banciennete\b/],
  ["hours", /\bheures\b|\bvolume horaire\b|\btemps de travail\b/],
];
export const NOT_STATED_RE =
  /^(?:(?:remuneration|salaire|gratification|indemnite) )?(?:autre|nc|n c|n a|non communiquee?|non precisee?|non renseignee?|non indiquee?|a definir|a preciser)$/;
export const CACHET_RE = /\bcachets?\b/;
export const EXPENSES_RE = /\benveloppes?\b|\bfrais\b|\bdefraiements?\b/;
export const DAILY_RATE_RE = /\btarif journalier\b|\btaux journalier\b|\btjm\b/;
export const TO_PROPOSE_RE = /\bprecis|\bpropos|\bindiqu|\bcommuniqu|\bsoumet|\bmentionn|\bchiffr/;

/**
 * Reads what a pay statement says without a figure, into `pay`: the agreement's grid
 * (`followsAgreement`, with a negotiated `complementNegotiable`), "à négocier" (`negotiable`), "selon
 * profil" (`dependsOn`, in the order stated), and legal pay (`statutory`: the SMIC, the legal amount, the
 * fonction publique's index grid, "selon les règles en vigueur").
 */
export function readStatements(ctx: string, pay: Pay, relativeToSmic = false): void {
  const publicPay = PUBLIC_PAY_RE.test(ctx) && !NAMED_AGREEMENT_RE.test(ctx);
  const agreement = AGREEMENT_RE.test(ctx) && !publicPay;
  if (agreement) {
    pay.followsAgreement = true;
    if (COMPLEMENT_RE.test(ctx)) pay.complementNegotiable = true;
  }
  if (NEGOTIABLE_RE.test(ctx)) pay.negotiable = true;
  if (DEPENDS_TRIGGER_RE.test(ctx)) {
    const found: [number, PayFactor][] = [];
    for (const [factor, re] of FACTOR_CUES) {
      const m = re.exec(ctx);
      if (m) found.push([m.index, factor]);
    }
    if (found.length > 0) pay.dependsOn = found.sort((a, b) => a[0] - b[0]).map(([, f]) => f);
  }
  // "110 % du SMIC" is above the legal minimum, not the legal amount itself.
  if (!relativeToSmic && (publicPay || STATUTORY_RE.test(ctx) || (!agreement && IN_FORCE_RE.test(ctx)))) pay.statutory = true;
}
