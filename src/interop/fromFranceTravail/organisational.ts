import { key } from "./offerValue.js";

/** Whether a contact name designates an organisation (agency, service, employer) rather than a person. */
export function organisational(name: string, employer: string | undefined): boolean {
  const k = key(name);
  if (employer && k.includes(key(employer))) return true;
  return /\b(agence|france travail|pole emploi|service|direction|ressources humaines|drh|rh|recrutement|association|mairie|ville de|commune|centre|etablissement|entreprise|societe|cabinet|secretariat|accueil|equipe)\b/.test(k);
}
