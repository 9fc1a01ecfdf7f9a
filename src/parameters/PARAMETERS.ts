import { AGREEMENT_PARAMETERS } from "../agreement/AGREEMENT_PARAMETERS.js";
import type { Parameter } from "./Parameter.js";
import { serviceCiviqueHostMinimum } from "./serviceCivique/serviceCiviqueHostMinimum.js";
import { serviceCiviqueMajoration } from "./serviceCivique/serviceCiviqueMajoration.js";
import { serviceCiviqueMaxAge } from "./serviceCivique/serviceCiviqueMaxAge.js";
import { serviceCiviqueMaxAgeDisability } from "./serviceCivique/serviceCiviqueMaxAgeDisability.js";
import { serviceCiviqueMaxMonths } from "./serviceCivique/serviceCiviqueMaxMonths.js";
import { serviceCiviqueMaxWeeklyHours } from "./serviceCivique/serviceCiviqueMaxWeeklyHours.js";
import { serviceCiviqueMaxWeeklyHoursMinor } from "./serviceCivique/serviceCiviqueMaxWeeklyHoursMinor.js";
import { serviceCiviqueMinAge } from "./serviceCivique/serviceCiviqueMinAge.js";
import { serviceCiviqueMinMonths } from "./serviceCivique/serviceCiviqueMinMonths.js";
import { serviceCiviqueMinWeeklyHours } from "./serviceCivique/serviceCiviqueMinWeeklyHours.js";
import { serviceCiviqueMajorationGross } from "./serviceCivique/serviceCiviqueMajorationGross.js";
import { serviceCiviqueStateIndemnity } from "./serviceCivique/serviceCiviqueStateIndemnity.js";
import { serviceCiviqueStateIndemnityGross } from "./serviceCivique/serviceCiviqueStateIndemnityGross.js";
import { smicHourly } from "./smic/smicHourly.js";
import { smicHourlyMayotte } from "./smic/smicHourlyMayotte.js";
import { smicMonthly } from "./smic/smicMonthly.js";
import { smicMonthlyMayotte } from "./smic/smicMonthlyMayotte.js";
import { pssAnnual } from "./socialSecurityCeiling/pssAnnual.js";
import { pssHourly } from "./socialSecurityCeiling/pssHourly.js";
import { pssMonthly } from "./socialSecurityCeiling/pssMonthly.js";
import { stageGratificationRate } from "./stage/stageGratificationRate.js";
import { stageGratificationThresholdHours } from "./stage/stageGratificationThresholdHours.js";
import { stageGratificationThresholdMonths } from "./stage/stageGratificationThresholdMonths.js";
import { stageMaxMonths } from "./stage/stageMaxMonths.js";
import { apprenticeMaximumAge } from "./apprenticeship/apprenticeMaximumAge.js";
import { apprenticeMaximumAgeFollowingContract } from "./apprenticeship/apprenticeMaximumAgeFollowingContract.js";
import { apprenticeMinimumAge } from "./apprenticeship/apprenticeMinimumAge.js";
import { apprenticeMinimumAgeAfterCollege } from "./apprenticeship/apprenticeMinimumAgeAfterCollege.js";
import { apprenticePayRates } from "./apprenticeship/apprenticePayRates.js";
import { forfaitMobilitesDurablesCap } from "./benefits/forfaitMobilitesDurablesCap.js";
import { forfaitMobilitesDurablesCumulativeCap } from "./benefits/forfaitMobilitesDurablesCumulativeCap.js";
import { titreRestaurantExemptionCap } from "./benefits/titreRestaurantExemptionCap.js";
import { transportPassEmployerShare } from "./benefits/transportPassEmployerShare.js";
import { microEntrepreneurRateBicSales } from "./microEntrepreneur/microEntrepreneurRateBicSales.js";
import { microEntrepreneurRateBicServices } from "./microEntrepreneur/microEntrepreneurRateBicServices.js";
import { microEntrepreneurRateBnc } from "./microEntrepreneur/microEntrepreneurRateBnc.js";
import { microEntrepreneurRateBncCipav } from "./microEntrepreneur/microEntrepreneurRateBncCipav.js";
import { microEntrepreneurSalesCeiling } from "./microEntrepreneur/microEntrepreneurSalesCeiling.js";
import { microEntrepreneurServicesCeiling } from "./microEntrepreneur/microEntrepreneurServicesCeiling.js";
import { professionalisationAgreementMinimumShare } from "./professionalisation/professionalisationAgreementMinimumShare.js";
import { professionalisationPayRates } from "./professionalisation/professionalisationPayRates.js";
import { professionalisationYouthAgeRange } from "./professionalisation/professionalisationYouthAgeRange.js";
import { estimatedEmployeeContributionRate } from "./pay/estimatedEmployeeContributionRate.js";
import { legalWeeklyHours } from "./workingTime/legalWeeklyHours.js";
import { overtimePremium } from "./workingTime/overtimePremium.js";
import { adulteRelaisMinAge } from "./adulteRelais/adulteRelaisMinAge.js";
import { cddMaxMonths } from "./cdd/cddMaxMonths.js";
import { cddMaxRenewals } from "./cdd/cddMaxRenewals.js";

/**
 * Every dated, sourced parameter the library uses: SMIC, social-security ceiling, stage, service
 * civique, apprenticeship, contrat de professionnalisation, micro-entrepreneur, benefits, working
 * time, pay estimates and the collective agreements' grids. docs/reference-data.md is generated from it.
 */
export const PARAMETERS: readonly Parameter<unknown>[] = [
  smicHourly,
  smicMonthly,
  smicHourlyMayotte,
  smicMonthlyMayotte,
  pssAnnual,
  pssMonthly,
  pssHourly,
  stageGratificationRate,
  stageGratificationThresholdHours,
  stageGratificationThresholdMonths,
  stageMaxMonths,
  serviceCiviqueStateIndemnity,
  serviceCiviqueHostMinimum,
  serviceCiviqueMajoration,
  serviceCiviqueStateIndemnityGross,
  serviceCiviqueMajorationGross,
  serviceCiviqueMinAge,
  serviceCiviqueMaxAge,
  serviceCiviqueMaxAgeDisability,
  serviceCiviqueMinMonths,
  serviceCiviqueMaxMonths,
  serviceCiviqueMinWeeklyHours,
  serviceCiviqueMaxWeeklyHours,
  serviceCiviqueMaxWeeklyHoursMinor,
  apprenticePayRates,
  apprenticeMinimumAge,
  apprenticeMinimumAgeAfterCollege,
  apprenticeMaximumAge,
  apprenticeMaximumAgeFollowingContract,
  professionalisationPayRates,
  professionalisationAgreementMinimumShare,
  professionalisationYouthAgeRange,
  microEntrepreneurServicesCeiling,
  microEntrepreneurSalesCeiling,
  microEntrepreneurRateBnc,
  microEntrepreneurRateBncCipav,
  microEntrepreneurRateBicServices,
  microEntrepreneurRateBicSales,
  titreRestaurantExemptionCap,
  forfaitMobilitesDurablesCap,
  forfaitMobilitesDurablesCumulativeCap,
  transportPassEmployerShare,
  adulteRelaisMinAge,
  cddMaxMonths,
  cddMaxRenewals,
  legalWeeklyHours,
  overtimePremium,
  estimatedEmployeeContributionRate,
  ...AGREEMENT_PARAMETERS,
];
