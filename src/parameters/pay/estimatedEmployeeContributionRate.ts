import type { Parameter } from "../Parameter.js";

/** Approximate share of gross pay withheld as employee contributions, by status. */
export interface EmployeeContributionRates {
  /** Employees who are not cadres (ouvriers, employés, techniciens, agents de maîtrise). */
  nonCadre: number;
  /** Cadres (higher complementary-pension and APEC contributions). */
  cadre: number;
}

/**
 * Approximate rates of employee social contributions (gross → net before income tax), used only to
 * **estimate** a net figure from a gross one or the reverse. Actual contributions depend on the pay
 * level, the complementary schemes and the employer: every result built on these rates is labelled
 * an estimate. For an exact figure use URSSAF's simulator (https://mon-entreprise.urssaf.fr).
 */
export const estimatedEmployeeContributionRate: Parameter<EmployeeContributionRates> = {
  id: "pay.estimatedEmployeeContributionRate",
  description: "Taux approximatif des cotisations salariales (brut → net avant impôt), par statut. Estimation.",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2015-01-01",
      value: { nonCadre: 0.21, cadre: 0.25 },
      sources: [
        {
          label: "Bpifrance Création, « Smic » : 1 801,80 € brut soit 1 426,30 € net au 1er novembre 2024 (20,8 % de retenues)",
          url: "https://bpifrance-creation.fr/boiteaoutils/smic",
        },
        { label: "URSSAF, simulateur de salaire (calcul exact)", url: "https://mon-entreprise.urssaf.fr/simulateurs/salaire-brut-net" },
      ],
      verified: false,
      note:
        "Ordre de grandeur, pas un taux légal : 21 % dérivé du rapport net/brut officiel du SMIC (novembre 2024) ; 25 % pour les cadres est l'ordre de grandeur courant (retraite complémentaire, APEC), non confirmé par une source primaire.",
    },
  ],
};
