/**
 * Where the rules' documentation pages are published: `docs/rules/<code with "/" replaced by "-">.md`
 * in the repository. The one place this address is written; `ess-jobs rules` and the SARIF
 * `helpUri` use it.
 */
export const DOCS_BASE_URL = "https://github.com/ess-jobs/ess-jobs/blob/main/docs/rules/";

/**
 * The documentation page of a rule.
 *
 * @param code - The rule's code, such as `range/min-above-max`.
 * @returns Its page, such as `https://github.com/ess-jobs/ess-jobs/blob/main/docs/rules/range-min-above-max.md`.
 * @example
 * ```ts
 * docsUrl("range/shape"); // "https://github.com/ess-jobs/ess-jobs/blob/main/docs/rules/range-shape.md"
 * ```
 */
export function docsUrl(code: string): string {
  return DOCS_BASE_URL + code.replaceAll("/", "-") + ".md";
}
