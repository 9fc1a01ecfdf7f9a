import { isValidSiren } from "../organisation/isValidSiren.js";
import { isValidSiret } from "../organisation/isValidSiret.js";

/**
 * The refinements of the schema beyond what its types, bounds and patterns say, by the diagnostic
 * code they report. The generated valibot schema calls these functions (scripts/generate-valibot.ts
 * maps each zod refinement to its entry by its `params.code` and fails on an unknown code), so both
 * flavours judge with the same code. A checksum is judged only on a well-formed number: a wrong
 * length is reported once, as a format error.
 * @internal
 */
export const REFINEMENTS = {
  "organisation/siren-checksum": (s: string): boolean => !/^[0-9]{9}$/.test(s) || isValidSiren(s),
  "organisation/siret-checksum": (s: string): boolean => !/^[0-9]{14}$/.test(s) || isValidSiret(s),
} as const satisfies Record<string, (value: string) => boolean>;
