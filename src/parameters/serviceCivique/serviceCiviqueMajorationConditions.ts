import type { Source } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Who gets {@link serviceCiviqueMajoration} (arrêté du 13 septembre 2010, under CSN R121-24): a
 * volunteer who, when signing the contract, receives the RSA or belongs to a household that does, or
 * who holds a higher-education grant on social criteria at échelon 5 or above (5, 6 or 7) for the
 * current year. The request goes to the ASP with supporting documents.
 *
 * @example
 * ```ts
 * serviceCiviqueMajorationConditions.minimumGrantEchelon; // 5
 * ```
 */
export const serviceCiviqueMajorationConditions: {
  /** A volunteer who receives the RSA, or belongs to a household that does, is entitled. */
  readonly rsaBeneficiaryOrHousehold: true;
  /** The lowest échelon of a higher-education grant on social criteria that entitles (5). */
  readonly minimumGrantEchelon: number;
  /** The situation is assessed when the contract is signed. */
  readonly assessedAt: "contract-signature";
  /** Legal texts and official pages. */
  readonly sources: readonly Source[];
  /** `false` when not confirmed by a primary source. */
  readonly verified: boolean;
  /** What the sources disagree on. */
  readonly note: string;
} = {
  rsaBeneficiaryOrHousehold: true,
  minimumGrantEchelon: 5,
  assessedAt: "contract-signature",
  sources: [t.ash2010Majoration, t.miloRlc, t.decree2017_1821],
  verified: true,
  note: "The 2010 arrêté also listed RMI and API beneficiaries (benefits replaced by the RSA). Older pages say « 5e ou 6e échelon »: échelon 7 was created later; milo-rlc.eu lists 5, 6 and 7.",
};
