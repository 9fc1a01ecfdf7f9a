import type { Parameter } from "../../parameters/Parameter.js";

/**
 * ALISFA (IDCC 1261): the *salaire socle conventionnel* (SSC), the annual gross base pay of the
 * system in force since 1 January 2024 (avenant n° 10-2022). Minimum = SSC + pesée × point value
 * ({@link alisfaPointValue}), for a full-time equivalent, paid in twelfths.
 */
export const alisfaBaseSalary: Parameter<number> = {
  id: "agreement.1261.baseSalary",
  description: "ALISFA (IDCC 1261) : salaire socle conventionnel (SSC), annuel brut, équivalent temps plein (chap. V, art. 1).",
  unit: "EUR/year",
  values: [
    {
      effectiveFrom: "2024-01-01",
      value: 22100,
      sources: [
        {
          label: "Convention ALISFA consolidée, chapitre V « Système de rémunération », art. 1.1 : SSC « fixé à 22 100 euros … au 1er janvier 2024 » (site de la branche)",
          url: "https://www.alisfa.fr/convention-collective/thematiques/convention-collective-nationale/chapitre-v-systeme-de-remuneration/",
        },
        {
          label: "Avenant n° 10-2022 du 6 décembre 2022 relatif à la révision des systèmes de classification et de rémunération (KALITEXT000047348147), étendu par arrêté du 11 décembre 2023",
          url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000047348147",
        },
      ],
      verified: false,
      note:
        "L'avenant n° 10-2022 tel que signé fixe 21 200 € ; le texte consolidé publié par la branche donne 22 100 €, modification attribuée (sans l'avoir lue) à l'avenant n° 1 du 2 octobre 2023. Valeurs 2025 et 2026 non trouvées.",
    },
  ],
};
