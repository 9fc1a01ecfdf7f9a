import type { Diagnostic, Locale } from "../../validate/Diagnostic.js";
import type { FromFranceTravailOptions } from "../fromFranceTravail.js";
import type { InputPath as Path } from "../InputPath.js";
import type { Obj } from "../isObj.js";

/** What the readers of one offer share: the offer, the posting being built, and how to report. */
export interface OfferReader {
  /** The offer. */
  o: Obj;
  /** The posting being built. */
  p: Obj;
  /** The text sections of the posting being built. */
  sections: Obj[];
  /** Language of the diagnostics and of the sentences written into the posting. */
  locale: Locale;
  /** The options of {@link fromFranceTravail}, checked. */
  options: FromFranceTravailOptions;
  /** The French or the English text, by locale. */
  t: (fr: string, english: string) => string;
  /** Reports a diagnostic at a path in the offer. */
  diag: (code: string, severity: Diagnostic["severity"], path: Path, fr: string, english: string) => void;
  /** Reports a field with no place in the model (`interop/unmapped`). */
  dropped: (path: Path, fr: string, english: string) => void;
}
