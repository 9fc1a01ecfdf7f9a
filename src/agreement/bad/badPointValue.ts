import type { Parameter } from "../../parameters/Parameter.js";

/**
 * BAD, aide à domicile (IDCC 2941): the point value, in euros. Base pay = point value × coefficient
 * for full time (35 h), "sans pouvoir être inférieur au Smic", prorated to working time (Titre III
 * art. 12).
 */
export const badPointValue: Parameter<number> = {
  id: "agreement.2941.pointValue",
  description: "BAD (IDCC 2941) : valeur du point (salaire de base = valeur du point × coefficient, Titre III art. 12), en euros.",
  unit: "EUR",
  values: [
    {
      effectiveFrom: "2020-01-01",
      value: 5.5,
      sources: [{ label: "Avenant n° 44-2020 (valeur du point)" }],
      verified: false,
      note: "Relevé dans les notes de recherche sans identifiant KALITEXT ; texte non relu.",
    },
    {
      effectiveFrom: "2022-01-01",
      value: 5.51,
      sources: [{ label: "Avenant n° 51-2022 (valeur du point)" }],
      verified: false,
      note: "Relevé dans les notes de recherche sans identifiant KALITEXT ; texte non relu.",
    },
    {
      effectiveFrom: "2022-07-01",
      value: 5.62,
      sources: [{ label: "Avenant n° 52-2022, étendu (JORF du 19 janvier 2023)" }],
      verified: false,
      note: "Relevé dans les notes de recherche sans identifiant KALITEXT ; texte non relu.",
    },
    {
      effectiveFrom: "2022-08-01",
      value: 5.77,
      sources: [
        { label: "Avenant n° 54-2022 du 5 octobre 2022 (KALITEXT000047783125), étendu par arrêté du 3 juillet 2023, JORF du 12 juillet 2023", url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000047783125" },
        { label: "Titre III, art. 12, version consolidée (KALIARTI000047789002)", url: "https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000047789002" },
      ],
      verified: true,
      note: "Toujours la valeur de l'art. 12 consolidé dans la base KALI (extraction 2026) ; aucun avenant salarial postérieur à l'avenant n° 61/2023 n'a été trouvé.",
    },
  ],
};
