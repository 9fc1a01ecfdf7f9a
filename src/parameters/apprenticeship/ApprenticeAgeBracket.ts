/**
 * The age brackets of the apprentice minimum-pay grid (Code du travail, art. D6222-26): "16-17" also
 * covers apprentices under 16 (art. D6222-27), "26+" has no upper bound.
 */
export type ApprenticeAgeBracket = "16-17" | "18-20" | "21-25" | "26+";
