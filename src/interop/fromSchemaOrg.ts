import type { Contract, JobPosting } from "../generated/types.js";
import type { Diagnostic, Locale } from "../validate/Diagnostic.js";
import { findPostings } from "./fromSchemaOrg/findPostings.js";
import { mapPosting } from "./fromSchemaOrg/mapPosting.js";
import { scriptsOf } from "./fromSchemaOrg/scriptsOf.js";
import { INPUT_CAPS } from "./INPUT_CAPS.js";
import type { InputPath as Path } from "./InputPath.js";
import { interopDiagnostic } from "./interopDiagnostic.js";
import type { Obj } from "./isObj.js";
import { stringOptions } from "./stringOptions.js";

/** Options of {@link fromSchemaOrg}. */
export interface FromSchemaOrgOptions {
  /** Language of the diagnostics: `fr` (default) or `en`. */
  locale?: Locale;
  /**
   * The contract to assume when a posting's `employmentType` (and `ess-jobs:contractType`) says none:
   * without it such a posting cannot be imported (`contracts` is required), and is reported.
   */
  defaultContractType?: Contract["type"];
  /** Where the JSON-LD was found: `provenance.sourceUrl` when the posting has no `url`. */
  sourceUrl?: string;
  /**
   * The address of the page the JSON-LD comes from, to resolve relative addresses against
   * (`"url": "/offres/12"`); without it a relative address is not kept (`interop/unknown-value`).
   */
  baseUrl?: string;
}

/** The result of {@link fromSchemaOrg}. */
export interface FromSchemaOrgResult {
  /** The postings found, each valid under `JobPostingSchema` (the rules may still report). */
  postings: JobPosting[];
  /** What could not be read or mapped, with its JSON path in the input (from the `JobPosting` node for `interop/invalid-value`). */
  diagnostics: Diagnostic[];
}

/**
 * Imports schema.org `JobPosting` JSON-LD into postings. Accepts a `JobPosting` object, an array, a
 * `@graph`, a JSON-LD string or an HTML page holding `<script type="application/ld+json">` blocks,
 * and the loose shapes real sites publish: `hiringOrganization` as a string, `jobLocation` as an
 * array or a string, `baseSalary` as a number or with `value` as a string, `employmentType` as a
 * string or an array in any case (and French words: "CDI", "stage"…), `description` in HTML (kept
 * as text, in a section "Description"). The `additionalProperty` entries written by
 * {@link toSchemaOrg} (see {@link ESS_JOBS_PROPERTY_IDS}) are read back: contract types, gross or
 * net, agreement and classification, schemes, remote work…
 *
 * Every posting returned is valid under `JobPostingSchema` (checked with `validateJobPosting`;
 * a value the schema refuses is dropped with an `interop/invalid-value` warning). A node without a
 * title, an organisation or a contract is not imported (`interop/missing-required`). Properties that
 * have no place in the model, values not understood and guesses are diagnostics with their JSON path
 * in the input.
 *
 * Never throws: input that cannot be read (a hostile getter or proxy) gives an `interop/invalid-input`
 * error; options that are not an object, or not strings, are ignored.
 *
 * @param input - Parsed JSON-LD, a JSON string or an HTML page.
 * @param options - Locale, contract to assume, source address.
 * @returns `{ postings, diagnostics }`.
 * @example
 * ```ts
 * const { postings } = fromSchemaOrg({
 *   "@context": "https://schema.org",
 *   "@type": "JobPosting",
 *   title: "Coordinateur·rice",
 *   hiringOrganization: "Association Les Amis",
 *   employmentType: "full_time",
 *   jobLocation: { "@type": "Place", address: { addressLocality: "Lyon", postalCode: "69003", addressCountry: "FR" } },
 *   baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: "2100", unitText: "MONTH" } },
 * });
 * postings[0]?.contracts; // [{ type: "cdi" }] (assumed from FULL_TIME, with an info diagnostic)
 * postings[0]?.pay?.amount; // { value: 2100, currency: "EUR", period: "month" }
 * ```
 */
export function fromSchemaOrg(input: unknown, options: FromSchemaOrgOptions = {}): FromSchemaOrgResult {
  const opts = stringOptions(options, ["locale", "defaultContractType", "sourceUrl", "baseUrl"]) as FromSchemaOrgOptions;
  const locale: Locale = opts.locale === "en" ? "en" : "fr";
  const diagnostics: Diagnostic[] = [];
  const postings: JobPosting[] = [];
  try {
    let value = input;
    if (typeof value === "string") {
      const s = value.trim();
      if (s.length > INPUT_CAPS.page) {
        const size = `${INPUT_CAPS.page.toLocaleString("en")}`;
        diagnostics.push(interopDiagnostic("interop/too-large", "error", [], locale, `Entrée de plus de ${size.replace(/,/g, " ")} caractères : non lue.`, `Input over ${size} characters: not read.`));
        return { postings, diagnostics };
      }
      if (s.startsWith("<")) {
        const blocks = scriptsOf(s);
        const parsed: unknown[] = [];
        blocks.forEach((b, i) => {
          try {
            parsed.push(JSON.parse(b));
          } catch (error) {
            diagnostics.push(interopDiagnostic("interop/invalid-json", "error", [i], locale, `Bloc JSON-LD n° ${i + 1} illisible : ${(error as Error).message}`, `JSON-LD block #${i + 1} cannot be read: ${(error as Error).message}`));
            parsed.push(null);
          }
        });
        value = parsed;
      } else {
        try {
          value = JSON.parse(s);
        } catch (error) {
          diagnostics.push(interopDiagnostic("interop/invalid-json", "error", [], locale, `JSON illisible : ${(error as Error).message}`, `Invalid JSON: ${(error as Error).message}`));
          return { postings, diagnostics };
        }
      }
    }
    const found: { node: Obj; path: Path }[] = [];
    findPostings(value, [], found, 0);
    if (found.length === 0) {
      diagnostics.push(interopDiagnostic("interop/no-job-posting", "error", [], locale, "Aucun objet JobPosting trouvé.", "No JobPosting object found."));
      return { postings, diagnostics };
    }
    for (const { node, path } of found) {
      const r = mapPosting(node, path, locale, opts);
      diagnostics.push(...r.diagnostics);
      if (r.posting) postings.push(r.posting);
    }
  } catch {
    diagnostics.push(interopDiagnostic("interop/invalid-input", "error", [], locale, "Entrée illisible.", "The input cannot be read."));
  }
  return { postings, diagnostics };
}
