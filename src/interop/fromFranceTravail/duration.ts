import { key } from "./offerValue.js";

/** "6 Mois", "15 Jour(s)", "2 An(s)", "3 Semaine(s)" → a duration. */
export function duration(label: string): { value: number; unit: "day" | "week" | "month" | "year" | "hour" } | undefined {
  const m = /(\d{1,6}(?:[.,]\d{1,6})?)\s*(mois|jours?|jour\(s\)|ans?|an\(s\)|semaines?|semaine\(s\)|heures?|heure\(s\))/i.exec(label);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(",", "."));
  const u = key(m[2]!);
  const unit = u.startsWith("mois") ? "month" : u.startsWith("jour") ? "day" : u.startsWith("an") ? "year" : u.startsWith("semaine") ? "week" : "hour";
  return value > 0 && value <= 1000 ? { value, unit } : undefined;
}
