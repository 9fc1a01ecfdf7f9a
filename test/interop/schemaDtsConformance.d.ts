import type * as S from "schema-dts";
import type * as L from "../../src/interop/JobPostingLd.js";
type Assignable<A, B> = [A] extends [B] ? true : false;
type Expect<T extends true> = T;
export type Conformance = [
    Expect<Assignable<Omit<L.JobPostingLd, "additionalProperty">, S.WithContext<S.JobPosting>>>,
    Expect<Assignable<L.PropertyValueLd, S.PropertyValue>>,
    Expect<Assignable<L.QuantitativeValueLd, S.QuantitativeValue>>,
    Expect<Assignable<L.MonetaryAmountLd, S.MonetaryAmount>>,
    Expect<Assignable<L.PostalAddressLd, S.PostalAddress>>,
    Expect<Assignable<L.PlaceLd, S.Place>>,
    Expect<Assignable<L.OrganizationLd, S.Organization>>,
    Expect<Assignable<L.CountryLd, S.Country>>,
    Expect<Assignable<L.EducationalOccupationalCredentialLd, S.EducationalOccupationalCredential>>,
    Expect<Assignable<L.OccupationalExperienceRequirementsLd, S.OccupationalExperienceRequirements>>,
    Expect<Assignable<L.CategoryCodeLd, S.CategoryCode>>
];
export {};
