import type { JobPosting } from "../generated/types.js";
import type { Diagnostic, Locale } from "../validate/Diagnostic.js";
import { toJsonPointer } from "../validate/Diagnostic.js";
import { validateJobPosting } from "../validate/validateJobPosting.js";
import { interopDiagnostic } from "./interopDiagnostic.js";

type Json = Record<string, unknown> | unknown[];

/** Paths that cannot be dropped: without them there is no posting. */
const REQUIRED = new Set(["/title", "/organisation", "/organisation/name", "/contracts"]);

/**
 * Makes an imported candidate a structurally valid posting: validates it (structure only) and, while
 * the schema refuses something, drops the refused value (or, for a missing required key, the object
 * that lacks it) and says so with an `interop/invalid-value` warning whose path is in the posting.
 * Gives up, with no posting, when a required part (title, organisation name, contracts) is refused.
 * @internal
 *
 * @example
 * ```ts
 * ensureValidPosting({ title: "A", organisation: { name: "B", website: "pas une url" }, contracts: [{ type: "cdi" }] }, "fr");
 * // { posting: { title: "A", organisation: { name: "B" }, contracts: [{ type: "cdi" }] }, diagnostics: [ { code: "interop/invalid-value", … } ] }
 * ```
 */
export function ensureValidPosting(candidate: Record<string, unknown>, locale: Locale): { posting?: JobPosting; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const value = structuredClone(candidate);
  for (let round = 0; round < 200; round++) {
    const result = validateJobPosting(value, { structureOnly: true, locale });
    if (result.posting) return { posting: result.posting, diagnostics };
    const first = result.diagnostics.find((d) => d.severity === "error");
    if (!first) return { diagnostics };
    let path = [...first.path];
    // Walk up to a value that exists and may go.
    for (;;) {
      if (path.length === 0 || REQUIRED.has(toJsonPointer(path))) {
        diagnostics.push(interopDiagnostic("interop/missing-required", "error", first.path, locale, `Offre non importée : ${first.message}`, `Posting not imported: ${first.message}`));
        return { diagnostics };
      }
      const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], value) as Json | undefined;
      const key = path[path.length - 1]!;
      const exists = parent !== undefined && parent !== null && typeof parent === "object" && Object.prototype.hasOwnProperty.call(parent, key);
      if (!exists) {
        path = path.slice(0, -1);
        continue;
      }
      if (Array.isArray(parent)) {
        parent.splice(Number(key), 1);
        if (parent.length === 0) {
          path = path.slice(0, -1);
          const grand = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], value) as Record<string, unknown>;
          if (REQUIRED.has(toJsonPointer(path))) continue;
          if (Array.isArray(grand)) grand.splice(Number(path[path.length - 1]), 1);
          else delete grand[path[path.length - 1] as string];
        }
      } else {
        delete (parent as Record<string, unknown>)[key as string];
        // An object left empty by the deletion goes too.
        let up = path.slice(0, -1);
        while (up.length > 0 && !REQUIRED.has(toJsonPointer(up))) {
          const obj = up.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], value);
          if (typeof obj !== "object" || obj === null || Array.isArray(obj) || Object.keys(obj).length > 0) break;
          const holder = up.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], value) as Record<string, unknown>;
          delete holder[up[up.length - 1] as string];
          up = up.slice(0, -1);
        }
      }
      diagnostics.push(interopDiagnostic("interop/invalid-value", "warning", first.path, locale, `Valeur non reprise (${toJsonPointer(first.path)} dans l'offre importée) : ${first.message}`, `Value dropped (${toJsonPointer(first.path)} in the imported posting): ${first.message}`));
      break;
    }
  }
  return { diagnostics };
}
