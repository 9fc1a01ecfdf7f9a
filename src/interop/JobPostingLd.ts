// The JSON-LD that toSchemaOrg writes, as plain interfaces: consumers need no schema.org typings (the
// schema-dts package's declarations do not load in CommonJS projects that check libraries), and
// test/interop/schemaDtsConformance.ts proves at compile time that each type is assignable to its
// schema-dts counterpart, so what the library writes is typed against schema-dts.

/** A schema.org `PropertyValue`: a named value, or a range (`minValue` / `maxValue`). */
export interface PropertyValueLd {
  /** The schema.org type, always `PropertyValue`. */
  "@type": "PropertyValue";
  /** A stable identifier of the property (`ess-jobs:idcc`, `SIREN`). */
  propertyID?: string;
  /** A human name of the property. */
  name?: string;
  /** The value. */
  value?: string | number | boolean;
  /** The lower bound of a range. */
  minValue?: number;
  /** The upper bound of a range. */
  maxValue?: number;
  /** The unit (`EUR`, `MONTH`…). */
  unitText?: string;
  /** A description of the value. */
  description?: string;
  /** Another name (an experience requirement's domain, in `ess-jobs:experience`). */
  alternateName?: string;
}

/** A schema.org `QuantitativeValue`: a value or a range with its unit. */
export interface QuantitativeValueLd {
  /** The schema.org type, always `QuantitativeValue`. */
  "@type": "QuantitativeValue";
  /** The value. */
  value?: number;
  /** The lower bound. */
  minValue?: number;
  /** The upper bound. */
  maxValue?: number;
  /** `HOUR`, `DAY`, `WEEK`, `MONTH` or `YEAR` for a salary; the unit of a duration. */
  unitText?: string;
}

/** A schema.org `MonetaryAmount` (`baseSalary`). */
export interface MonetaryAmountLd {
  /** The schema.org type, always `MonetaryAmount`. */
  "@type": "MonetaryAmount";
  /** ISO 4217 currency (`EUR`). */
  currency: string;
  /** The amount or range, per period. */
  value: QuantitativeValueLd;
}

/** A schema.org `PostalAddress`. */
export interface PostalAddressLd {
  /** The schema.org type, always `PostalAddress`. */
  "@type": "PostalAddress";
  /** Street and number. */
  streetAddress?: string;
  /** The commune. */
  addressLocality?: string;
  /** The postal code. */
  postalCode?: string;
  /** The region. */
  addressRegion?: string;
  /** ISO 3166-1 alpha-2 country code (`FR`). */
  addressCountry: string;
}

/** A schema.org `Place` (`jobLocation`). */
export interface PlaceLd {
  /** The schema.org type, always `Place`. */
  "@type": "Place";
  /** The place's name. */
  name?: string;
  /** Its address. */
  address: PostalAddressLd;
  /** INSEE commune code and département (`ess-jobs:inseeCode`, `ess-jobs:departement`). */
  additionalProperty?: PropertyValueLd[];
}

/** A schema.org `Organization` (`hiringOrganization`). */
export interface OrganizationLd {
  /** The schema.org type, always `Organization`. */
  "@type": "Organization";
  /** The organisation's name. */
  name: string;
  /** A short name or acronym. */
  alternateName?: string;
  /** Its website. */
  sameAs?: string;
  /** Its logo's address. */
  logo?: string;
  /** SIREN, SIRET, RNA. */
  identifier?: PropertyValueLd | PropertyValueLd[];
}

/** A schema.org `Country` (`applicantLocationRequirements` of a fully remote job). */
export interface CountryLd {
  /** The schema.org type, always `Country`. */
  "@type": "Country";
  /** The country's name. */
  name: string;
}

/** A schema.org `EducationalOccupationalCredential` (`educationRequirements`). */
export interface EducationalOccupationalCredentialLd {
  /** The schema.org type, always `EducationalOccupationalCredential`. */
  "@type": "EducationalOccupationalCredential";
  /** Google's categories: `high school`, `associate degree`, `bachelor degree`, `postgraduate degree`… */
  credentialCategory: string;
  /** The level as French postings name it. */
  educationalLevel?: string;
}

/** A schema.org `OccupationalExperienceRequirements` (`experienceRequirements`). */
export interface OccupationalExperienceRequirementsLd {
  /** The schema.org type, always `OccupationalExperienceRequirements`. */
  "@type": "OccupationalExperienceRequirements";
  /** Months of experience required. */
  monthsOfExperience: number;
}

/** A schema.org `CategoryCode` (`occupationalCategory`): the ROME code. */
export interface CategoryCodeLd {
  /** The schema.org type, always `CategoryCode`. */
  "@type": "CategoryCode";
  /** The ROME code (`K1206`). */
  codeValue?: string;
  /** The occupation's name. */
  name?: string;
  /** The code set: France Travail's ROME. */
  inCodeSet: {
    /** The schema.org type, always `CategoryCodeSet`. */
    "@type": "CategoryCodeSet";
    /** The code set's name. */
    name: string;
  };
}

/**
 * A schema.org `JobPosting` in JSON-LD, as {@link toSchemaOrg} writes it for Google for Jobs.
 * `additionalProperty` carries what schema.org cannot say (gross or net, IDCC and classification,
 * schemes, eligibility, hybrid remote work), with `ess-jobs:` property ids
 * ({@link ESS_JOBS_PROPERTY_IDS}); schema.org declares `additionalProperty` on `Place`, `Product`,
 * `Offer` and `QuantitativeValue` but not on `JobPosting` (see docs/interop.md).
 *
 * @example
 * ```ts
 * import type { JobPostingLd } from "ess-jobs";
 * const ld: JobPostingLd = { "@context": "https://schema.org", "@type": "JobPosting", title: "Animateur·rice", description: "<p>…</p>" };
 * ```
 */
export interface JobPostingLd {
  /** The JSON-LD context, always schema.org. */
  "@context": "https://schema.org";
  /** The schema.org type, always `JobPosting`. */
  "@type": "JobPosting";
  /** The job title. */
  title: string;
  /** The posting as HTML. */
  description: string;
  /** Publication date, `YYYY-MM-DD`. */
  datePosted?: string;
  /** Last moment to apply, ISO 8601 with the Paris offset. */
  validThrough?: string;
  /** `FULL_TIME`, `PART_TIME`, `TEMPORARY`, `INTERN`, `VOLUNTEER`, `CONTRACTOR`… */
  employmentType?: string | string[];
  /** True when the job starts as soon as possible. */
  jobImmediateStart?: boolean;
  /** Start date, `YYYY-MM-DD`, when known to the day. */
  jobStartDate?: string;
  /** The contract's duration. */
  jobDuration?: QuantitativeValueLd;
  /** The hiring organisation. */
  hiringOrganization?: OrganizationLd;
  /** What the organisation does. */
  employerOverview?: string;
  /** Where the work is done. */
  jobLocation?: PlaceLd | PlaceLd[];
  /** `TELECOMMUTE` for a fully remote job. */
  jobLocationType?: "TELECOMMUTE";
  /** For a fully remote job: the country applicants must live in. */
  applicantLocationRequirements?: CountryLd | CountryLd[];
  /** The salary per hour, day, week, month or year. */
  baseSalary?: MonetaryAmountLd;
  /** The salary's currency. */
  salaryCurrency?: string;
  /** Working hours as the posting words them. */
  workHours?: string;
  /** Required education. */
  educationRequirements?: EducationalOccupationalCredentialLd | EducationalOccupationalCredentialLd[] | "no requirements";
  /** Required experience. */
  experienceRequirements?: OccupationalExperienceRequirementsLd | "no requirements";
  /** Skills asked for. */
  skills?: string | string[];
  /** The posting's identifier. */
  identifier?: PropertyValueLd;
  /** The page the posting is published on. */
  url?: string;
  /** True when candidates apply directly (e-mail, form, phone, post). */
  directApply?: boolean;
  /** Number of positions. */
  totalJobOpenings?: number;
  /** The ROME occupation. */
  occupationalCategory?: CategoryCodeLd;
  /** Benefits, in a sentence. */
  jobBenefits?: string;
  /** What schema.org cannot say, as `ess-jobs:` properties. */
  additionalProperty?: PropertyValueLd[];
}
