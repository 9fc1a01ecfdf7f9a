/**
 * A micro-entrepreneur's activity, as the contribution rates and turnover ceilings distinguish them:
 * `bnc` liberal profession under the SSI / régime général, `bnc-cipav` regulated liberal profession
 * affiliated to the CIPAV, `bic-services` commercial or craft services, `bic-sales` sales of goods,
 * food and lodging.
 */
export type MicroEntrepreneurActivity = "bnc" | "bnc-cipav" | "bic-services" | "bic-sales";
