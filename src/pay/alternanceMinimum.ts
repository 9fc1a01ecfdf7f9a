import type { Locale } from "../validate/Diagnostic.js";
import type { LegalMinimum } from "./LegalMinimum.js";

const t = (locale: Locale, fr: string, en: string) => (locale === "fr" ? fr : en);

/**
 * The minimum of an alternance whose kind is not chosen (`type: "alternance"`): the hire will sign an
 * apprenticeship contract or a contrat de professionnalisation, each with its own scale (D6222-26;
 * D6325-15 and D6325-18), so the minimum runs from the lower of the two to the higher. Each scale's
 * steps are kept, under its name. Without `text`, no step, note or source is written (figures only).
 * @internal
 */
export function alternanceMinimum(
  base: LegalMinimum,
  scale: (type: "apprentissage" | "professionnalisation", into: LegalMinimum) => LegalMinimum,
  hoursNote: () => void,
  locale: Locale,
  text = true,
): LegalMinimum {
  const fresh = (): LegalMinimum => ({ ...base, steps: [], notes: [], sources: [] });
  const readings = (["apprentissage", "professionnalisation"] as const).map((type) => ({ type, m: scale(type, fresh()) }));
  const known = readings.filter((r) => r.m.monthly !== undefined);
  if (known.length === 0) {
    if (text) base.notes.push(...new Set(readings.flatMap((r) => r.m.notes)));
    base.verified = false;
    return base;
  }
  hoursNote();
  const min = Math.min(...known.map((r) => r.m.monthly!.min));
  const max = Math.max(...known.map((r) => r.m.monthly!.max));
  const hourlyMin = Math.min(...known.map((r) => r.m.hourly!.min));
  const hourlyMax = Math.max(...known.map((r) => r.m.hourly!.max));
  const name = (type: "apprentissage" | "professionnalisation") => (type === "apprentissage" ? t(locale, "Apprentissage", "Apprenticeship") : t(locale, "Contrat de professionnalisation", "Professionalisation contract"));
  Object.assign(base, {
    kind: "work-study",
    basis: "gross",
    monthly: { min, max },
    hourly: { min: hourlyMin, max: hourlyMax },
    weeklyHours: known[0]!.m.weeklyHours,
    verified: known.every((r) => r.m.verified) && known.length === readings.length,
    sources: text ? [...new Map(known.flatMap((r) => r.m.sources).map((s) => [`${s.label}|${s.url ?? ""}`, s])).values()] : [],
  });
  if (!text) return base;
  for (const r of known) base.steps.push(...r.m.steps.map((step) => `${name(r.type)} — ${step}`));
  base.notes.push(
    t(
      locale,
      "Alternance sans type de contrat précisé : apprentissage ou contrat de professionnalisation, chacun avec son barème ; le minimum va du plus bas au plus haut des deux.",
      "Work-study contract of unstated kind: apprenticeship or professionalisation contract, each with its own scale; the minimum ranges from the lowest to the highest of the two.",
    ),
  );
  for (const note of known.flatMap((r) => r.m.notes)) if (!base.notes.includes(note)) base.notes.push(note);
  return base;
}
