import type { Diagnostic, Locale } from "../../validate/Diagnostic.js";
import { ensureValidPosting } from "../ensureValidPosting.js";
import type { FromFranceTravailOptions, FromFranceTravailResult } from "../fromFranceTravail.js";
import type { InputPath as Path } from "../InputPath.js";
import { interopDiagnostic } from "../interopDiagnostic.js";
import { type Obj, isObj } from "../isObj.js";
import type { OfferReader } from "./OfferReader.js";
import { readAccessibility } from "./readAccessibility.js";
import { readApplication } from "./readApplication.js";
import { readContract } from "./readContract.js";
import { readDates } from "./readDates.js";
import { readIdentity } from "./readIdentity.js";
import { readOccupation } from "./readOccupation.js";
import { readOrganisation } from "./readOrganisation.js";
import { readPay } from "./readPay.js";
import { readPlace } from "./readPlace.js";
import { readProvenance } from "./readProvenance.js";
import { readRequirements } from "./readRequirements.js";
import { readUnmapped } from "./readUnmapped.js";
import { readWorkingTime } from "./readWorkingTime.js";

/** Maps one offer to a posting, or reports why it cannot. */
export function mapOffer(offer: unknown, locale: Locale, options: FromFranceTravailOptions): FromFranceTravailResult {
  const en = locale === "en";
  const t = (fr: string, english: string) => (en ? english : fr);
  const diagnostics: Diagnostic[] = [];
  const diag = (code: string, severity: Diagnostic["severity"], path: Path, fr: string, english: string) => diagnostics.push(interopDiagnostic(code, severity, path, locale, fr, english));
  const dropped = (path: Path, fr: string, english: string) => diag("interop/unmapped", "info", path, fr, english);
  if (!isObj(offer)) {
    diag("interop/invalid-input", "error", [], "Une offre France Travail est un objet JSON.", "A France Travail offer is a JSON object.");
    return { diagnostics };
  }
  const o = offer;
  const p: Obj = { language: "fr" };
  const sections: Obj[] = [];
  const reader: OfferReader = { o, p, sections, locale, options, t, diag, dropped };

  const id = readIdentity(reader);
  const { employer, organisation } = readOrganisation(reader);
  readContract(reader);
  readOccupation(reader);
  readPlace(reader);
  readDates(reader);
  readPay(reader);
  readWorkingTime(reader);
  readRequirements(reader);
  readAccessibility(reader);
  readApplication(reader, employer, organisation);
  readProvenance(reader, id);

  if (sections.length) p.content = { sections };
  readUnmapped(reader);

  if (!p.title) {
    diag("interop/missing-required", "error", ["intitule"], "Intitulé absent : offre non importée.", "No title (intitule): offer not imported.");
    return { diagnostics };
  }
  if (!p.contracts) return { diagnostics };
  const checked = ensureValidPosting(p, locale);
  diagnostics.push(...checked.diagnostics);
  return checked.posting ? { posting: checked.posting, diagnostics } : { diagnostics };
}
