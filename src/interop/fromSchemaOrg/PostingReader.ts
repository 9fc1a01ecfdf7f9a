import type { Diagnostic } from "../../validate/Diagnostic.js";
import type { FromSchemaOrgOptions } from "../fromSchemaOrg.js";
import type { InputPath as Path } from "../InputPath.js";
import type { Obj } from "../isObj.js";

/** What the readers of one JobPosting node share: the node, the posting being built, and how to report. */
export interface PostingReader {
  /** The JobPosting node. */
  node: Obj;
  /** The posting being built. */
  posting: Obj;
  /** The options of {@link fromSchemaOrg}, checked. */
  options: FromSchemaOrgOptions;
  /** Reports a diagnostic at a path relative to the node. */
  diag: (code: string, severity: Diagnostic["severity"], path: Path, fr: string, en: string) => void;
  /** Reports a value with no place in the model (`interop/unmapped`). */
  lost: (path: Path, fr: string, en: string) => void;
  /** An absolute http(s) address: as written, or resolved against options.baseUrl ("/offres/12"); otherwise reported. */
  absolute: (v: unknown, path: Path) => string | undefined;
  /** The `additionalProperty` entries with this propertyID (see ESS_JOBS_PROPERTY_IDS). */
  prop: (id: string) => { pv: Obj; path: Path }[];
  /** The text value of the first entry with this propertyID. */
  propText: (id: string) => string | undefined;
  /** The number value of the first entry with this propertyID. */
  propNum: (id: string) => number | undefined;
}
