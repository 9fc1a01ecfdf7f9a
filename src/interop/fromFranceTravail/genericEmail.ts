import { key } from "./offerValue.js";

/** Whether an e-mail address is a generic, organisational one (recrutement@, contact@…), not a person's. */
export function genericEmail(address: string): boolean {
  const local = key(address.split("@")[0] ?? "");
  return /^(contact|recrutement|recrutements|rh|emploi|emplois|jobs?|candidature|candidatures|info|infos|accueil|secretariat|direction|administration|association|asso)([._-].*)?$/.test(local);
}
