import type { SmicReading } from "./SmicReading.js";

/**
 * What a figure built on an unconfirmed SMIC value means for its reader, in French and English; or
 * `undefined` when the SMIC value is confirmed. The SMIC of 2026-06-01 rests on one source (OpenFisca-France); since
 * undated offers are judged on the day they are checked, every such check from that date relies on it.
 * @internal
 */
export function smicCaveat(smic: SmicReading): { fr: string; en: string } | undefined {
  if (smic.verified) return undefined;
  return {
    fr: `SMIC en vigueur depuis le ${smic.effectiveFrom} : valeur non confirmée par une source primaire ou deux sources indépendantes ; les offres non datées étant jugées à la date du jour, le minimum calculé en dépend.`,
    en: `SMIC in force since ${smic.effectiveFrom}: a value not confirmed by a primary source or two independent ones; undated offers are judged on the current date, so the minimum computed depends on it.`,
  };
}
