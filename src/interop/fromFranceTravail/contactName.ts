import { CIVILITY } from "./CIVILITY.js";
import { dashSeparated } from "./dashSeparated.js";
import { organisational } from "./organisational.js";

/**
 * Splits a contact name as France Travail writes it ("EMPLOYEUR - Mme Prénom NOM", "Agence France
 * Travail GAP", "M. Prénom NOM") into its organisational segments, kept, and whether a person's name
 * was dropped. A segment opened by a civility is a person, unless what follows is itself a service
 * ("Mme Service RH"); another segment is kept only when {@link organisational}.
 */
export function contactName(name: string, employer: string | undefined): { kept: string[]; person: boolean } {
  const kept: string[] = [];
  let person = false;
  for (const segment of dashSeparated(name)) {
    if (!segment) continue;
    const civility = CIVILITY.exec(segment);
    if (civility) {
      const rest = segment.slice(civility[0].length).trim();
      if (rest && organisational(rest, undefined)) kept.push(rest);
      else person = true;
    } else if (organisational(segment, employer)) kept.push(segment);
    else person = true;
  }
  return { kept, person };
}
