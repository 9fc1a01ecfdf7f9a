import { agreementClassificationNotFound } from "./agreementClassificationNotFound.js";
import { applicantAgeLimit } from "./applicantAgeLimit.js";
import { applicantDiscriminatoryCriterion } from "./applicantDiscriminatoryCriterion.js";
import { cddDurationOverMaximum } from "./cddDurationOverMaximum.js";
import { cddTooManyRenewals } from "./cddTooManyRenewals.js";
import { contentNotInFrench } from "./contentNotInFrench.js";
import { deadlineBeforePosted } from "./deadlineBeforePosted.js";
import { emploiTremplinClosed } from "./emploiTremplinClosed.js";
import { freelanceSubordinationRisk } from "./freelanceSubordinationRisk.js";
import { payBelowAgreementMinimum } from "./payBelowAgreementMinimum.js";
import { payBelowSmic } from "./payBelowSmic.js";
import { payBelowWorkStudyMinimum } from "./payBelowWorkStudyMinimum.js";
import { payNotDisclosed } from "./payNotDisclosed.js";
import { poleEmploiRenamed } from "./poleEmploiRenamed.js";
import { postingUndated } from "./postingUndated.js";
import { rangeMinAboveMax } from "./rangeMinAboveMax.js";
import { rangeShape } from "./rangeShape.js";
import type { Rule } from "./Rule.js";
import { serviceCiviqueDuration } from "./serviceCiviqueDuration.js";
import { serviceCiviqueEmploymentVocabulary } from "./serviceCiviqueEmploymentVocabulary.js";
import { serviceCiviqueIndemnity } from "./serviceCiviqueIndemnity.js";
import { serviceCiviqueRequiresQualification } from "./serviceCiviqueRequiresQualification.js";
import { serviceCiviqueWeeklyHours } from "./serviceCiviqueWeeklyHours.js";
import { stageDurationOverSixMonths } from "./stageDurationOverSixMonths.js";
import { stageGratificationBelowMinimum } from "./stageGratificationBelowMinimum.js";
import { stageGratificationMissing } from "./stageGratificationMissing.js";
import { startBeforePosted } from "./startBeforePosted.js";
import { titleNotGenderInclusive } from "./titleNotGenderInclusive.js";
import { transportShareBelowHalf } from "./transportShareBelowHalf.js";

/** Every rule the library runs, in the order it runs them. */
export const RULES: readonly Rule[] = [
  // Consistency of the posting's own figures and dates.
  rangeShape,
  rangeMinAboveMax,
  deadlineBeforePosted,
  startBeforePosted,
  // What every posting owes its readers.
  postingUndated,
  contentNotInFrench,
  titleNotGenderInclusive,
  applicantAgeLimit,
  applicantDiscriminatoryCriterion,
  // Pay.
  payNotDisclosed,
  payBelowSmic,
  payBelowAgreementMinimum,
  payBelowWorkStudyMinimum,
  agreementClassificationNotFound,
  // Contracts.
  cddDurationOverMaximum,
  cddTooManyRenewals,
  stageGratificationMissing,
  stageGratificationBelowMinimum,
  stageDurationOverSixMonths,
  serviceCiviqueDuration,
  serviceCiviqueWeeklyHours,
  serviceCiviqueIndemnity,
  serviceCiviqueRequiresQualification,
  serviceCiviqueEmploymentVocabulary,
  freelanceSubordinationRisk,
  // Schemes, bodies and benefits.
  emploiTremplinClosed,
  poleEmploiRenamed,
  transportShareBelowHalf,
];

export type { Rule, RuleContext, RuleFinding, RuleSource } from "./Rule.js";
