/**
 * ess-jobs/parameters: the dated, sourced reference data (SMIC, social security ceiling, contract
 * limits, service civique, apprenticeship, stage, micro-entrepreneur) with their lookups, the
 * collective agreements' registry and grids, and the labels of the diploma levels. Loads neither zod
 * nor valibot.
 *
 * @packageDocumentation
 */
// Reference data: dated, sourced parameters and their lookups.
export { type Source, type Unit, type DatedValue, type Parameter } from "../parameters/Parameter.js";
export { valueAt } from "../parameters/valueAt.js";
export { isIsoDate } from "../parameters/isIsoDate.js";
export { PARAMETERS } from "../parameters/PARAMETERS.js";
export { adulteRelaisMinAge } from "../parameters/adulteRelais/adulteRelaisMinAge.js";
export { cddMaxMonths } from "../parameters/cdd/cddMaxMonths.js";
export { cddMaxRenewals } from "../parameters/cdd/cddMaxRenewals.js";
export { type ApprenticeAgeBracket } from "../parameters/apprenticeship/ApprenticeAgeBracket.js";
export { type ApprenticeAgeLimitException } from "../parameters/apprenticeship/ApprenticeAgeLimitException.js";
export { type ApprenticeMinimumPay } from "../parameters/apprenticeship/ApprenticeMinimumPay.js";
export { type ApprenticePayGrid } from "../parameters/apprenticeship/ApprenticePayGrid.js";
export { apprenticeAgeLimitExceptions } from "../parameters/apprenticeship/apprenticeAgeLimitExceptions.js";
export { apprenticeMaximumAge } from "../parameters/apprenticeship/apprenticeMaximumAge.js";
export { apprenticeMaximumAgeFollowingContract } from "../parameters/apprenticeship/apprenticeMaximumAgeFollowingContract.js";
export { apprenticeMinimumAge } from "../parameters/apprenticeship/apprenticeMinimumAge.js";
export { apprenticeMinimumAgeAfterCollege } from "../parameters/apprenticeship/apprenticeMinimumAgeAfterCollege.js";
export { apprenticeMinimumPayAt } from "../parameters/apprenticeship/apprenticeMinimumPayAt.js";
export { apprenticePayRates } from "../parameters/apprenticeship/apprenticePayRates.js";
export { forfaitMobilitesDurablesCap } from "../parameters/benefits/forfaitMobilitesDurablesCap.js";
export { forfaitMobilitesDurablesCumulativeCap } from "../parameters/benefits/forfaitMobilitesDurablesCumulativeCap.js";
export { titreRestaurantExemptionCap } from "../parameters/benefits/titreRestaurantExemptionCap.js";
export { transportPassEmployerShare } from "../parameters/benefits/transportPassEmployerShare.js";
export { type MicroEntrepreneurActivity } from "../parameters/microEntrepreneur/MicroEntrepreneurActivity.js";
export { type MicroEntrepreneurReading } from "../parameters/microEntrepreneur/MicroEntrepreneurReading.js";
export { microEntrepreneurAt } from "../parameters/microEntrepreneur/microEntrepreneurAt.js";
export { microEntrepreneurRateBicSales } from "../parameters/microEntrepreneur/microEntrepreneurRateBicSales.js";
export { microEntrepreneurRateBicServices } from "../parameters/microEntrepreneur/microEntrepreneurRateBicServices.js";
export { microEntrepreneurRateBnc } from "../parameters/microEntrepreneur/microEntrepreneurRateBnc.js";
export { microEntrepreneurRateBncCipav } from "../parameters/microEntrepreneur/microEntrepreneurRateBncCipav.js";
export { microEntrepreneurSalesCeiling } from "../parameters/microEntrepreneur/microEntrepreneurSalesCeiling.js";
export { microEntrepreneurServicesCeiling } from "../parameters/microEntrepreneur/microEntrepreneurServicesCeiling.js";
export { estimatedEmployeeContributionRate, type EmployeeContributionRates } from "../parameters/pay/estimatedEmployeeContributionRate.js";
export { type ProfessionalisationMinimumPay } from "../parameters/professionalisation/ProfessionalisationMinimumPay.js";
export { type ProfessionalisationPayGrid } from "../parameters/professionalisation/ProfessionalisationPayGrid.js";
export { professionalisationAgreementMinimumShare } from "../parameters/professionalisation/professionalisationAgreementMinimumShare.js";
export { professionalisationMinimumPayAt } from "../parameters/professionalisation/professionalisationMinimumPayAt.js";
export { professionalisationPayRates } from "../parameters/professionalisation/professionalisationPayRates.js";
export { professionalisationYouthAgeRange } from "../parameters/professionalisation/professionalisationYouthAgeRange.js";
export { type ServiceCiviqueIndemnityReading } from "../parameters/serviceCivique/ServiceCiviqueIndemnityReading.js";
export { type ServiceCiviqueRules } from "../parameters/serviceCivique/ServiceCiviqueRules.js";
export { serviceCiviqueHostMinimum } from "../parameters/serviceCivique/serviceCiviqueHostMinimum.js";
export { serviceCiviqueIndemnityAt } from "../parameters/serviceCivique/serviceCiviqueIndemnityAt.js";
export { serviceCiviqueMajoration } from "../parameters/serviceCivique/serviceCiviqueMajoration.js";
export { serviceCiviqueMajorationGross } from "../parameters/serviceCivique/serviceCiviqueMajorationGross.js";
export { serviceCiviqueMajorationConditions } from "../parameters/serviceCivique/serviceCiviqueMajorationConditions.js";
export { serviceCiviqueMaxAge } from "../parameters/serviceCivique/serviceCiviqueMaxAge.js";
export { serviceCiviqueMaxAgeDisability } from "../parameters/serviceCivique/serviceCiviqueMaxAgeDisability.js";
export { serviceCiviqueMaxMonths } from "../parameters/serviceCivique/serviceCiviqueMaxMonths.js";
export { serviceCiviqueMaxWeeklyHours } from "../parameters/serviceCivique/serviceCiviqueMaxWeeklyHours.js";
export { serviceCiviqueMaxWeeklyHoursMinor } from "../parameters/serviceCivique/serviceCiviqueMaxWeeklyHoursMinor.js";
export { serviceCiviqueMinAge } from "../parameters/serviceCivique/serviceCiviqueMinAge.js";
export { serviceCiviqueMinMonths } from "../parameters/serviceCivique/serviceCiviqueMinMonths.js";
export { serviceCiviqueMinWeeklyHours } from "../parameters/serviceCivique/serviceCiviqueMinWeeklyHours.js";
export { serviceCiviqueRulesAt } from "../parameters/serviceCivique/serviceCiviqueRulesAt.js";
export { serviceCiviqueStateIndemnity } from "../parameters/serviceCivique/serviceCiviqueStateIndemnity.js";
export { serviceCiviqueStateIndemnityGross } from "../parameters/serviceCivique/serviceCiviqueStateIndemnityGross.js";
export { type SmicReading } from "../parameters/smic/SmicReading.js";
export { smicAt } from "../parameters/smic/smicAt.js";
export { smicHourly } from "../parameters/smic/smicHourly.js";
export { smicHourlyMayotte } from "../parameters/smic/smicHourlyMayotte.js";
export { smicMonthly } from "../parameters/smic/smicMonthly.js";
export { smicMonthlyMayotte } from "../parameters/smic/smicMonthlyMayotte.js";
export { type SocialSecurityCeilingReading } from "../parameters/socialSecurityCeiling/SocialSecurityCeilingReading.js";
export { pssAnnual } from "../parameters/socialSecurityCeiling/pssAnnual.js";
export { pssHourly } from "../parameters/socialSecurityCeiling/pssHourly.js";
export { pssMonthly } from "../parameters/socialSecurityCeiling/pssMonthly.js";
export { socialSecurityCeilingAt } from "../parameters/socialSecurityCeiling/socialSecurityCeilingAt.js";
export { type StageGratificationReading } from "../parameters/stage/StageGratificationReading.js";
export { stageGratificationAt } from "../parameters/stage/stageGratificationAt.js";
export { stageGratificationRate } from "../parameters/stage/stageGratificationRate.js";
export { stageGratificationThresholdHours } from "../parameters/stage/stageGratificationThresholdHours.js";
export { stageGratificationThresholdMonths } from "../parameters/stage/stageGratificationThresholdMonths.js";
export { stageMaxMonths } from "../parameters/stage/stageMaxMonths.js";
export { legalWeeklyHours } from "../parameters/workingTime/legalWeeklyHours.js";
export { EDUCATION_LEVEL_LABELS } from "../requirements/EDUCATION_LEVEL_LABELS.js";
// Collective agreements: registry, grids, minimum pay.
export { AGREEMENT_PARAMETERS } from "../agreement/AGREEMENT_PARAMETERS.js";
export { type AgreementGridRow, type AgreementGrid } from "../agreement/AgreementGrid.js";
export { COLLECTIVE_AGREEMENTS, type AgreementGridType, type CollectiveAgreementEntry } from "../agreement/COLLECTIVE_AGREEMENTS.js";
export { agreementMinimumPay, type AgreementMinimumPayFailure, type NearestReading, type AgreementMinimumPayResult, type AgreementMinimumPayError, type AgreementMinimumPayInput } from "../agreement/agreementMinimumPay.js";
export { alisfaBaseSalary } from "../agreement/alisfa/alisfaBaseSalary.js";
export { alisfaFloorBefore2024 } from "../agreement/alisfa/alisfaFloorBefore2024.js";
export { alisfaPointValue } from "../agreement/alisfa/alisfaPointValue.js";
export { badGrid } from "../agreement/bad/badGrid.js";
export { badPointValue } from "../agreement/bad/badPointValue.js";
export { collectiveAgreement } from "../agreement/collectiveAgreement.js";
export { eclatGrid } from "../agreement/eclat/eclatGrid.js";
export { eclatPointValue1 } from "../agreement/eclat/eclatPointValue1.js";
export { eclatPointValue2 } from "../agreement/eclat/eclatPointValue2.js";
export { normaliseIdcc } from "../agreement/normaliseIdcc.js";
export { sportAnnualMinima } from "../agreement/sport/sportAnnualMinima.js";
export { sportMonthlyMinima } from "../agreement/sport/sportMonthlyMinima.js";
