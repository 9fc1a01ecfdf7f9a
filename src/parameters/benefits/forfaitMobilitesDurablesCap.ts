import type { Parameter } from "../Parameter.js";

const ME = { label: "mon-entreprise (Urssaf), règles salarié/rémunération.publicodes, frais de transport", url: "https://github.com/betagouv/mon-entreprise/blob/7b021aafa18bd716be1d472285df1b086e02c9e5/modele-social/r%C3%A8gles/salari%C3%A9/r%C3%A9mun%C3%A9ration.publicodes" };

/**
 * Annual cap of the "forfait mobilités durables" (optional employer allowance for cycling, car-pooling,
 * shared mobility…) exempt from income tax and social contributions, when not combined with the
 * public-transport pass (CGI art. 81 19° ter b). For the cap when combined, see
 * {@link forfaitMobilitesDurablesCumulativeCap}. Several values rest on secondary sources only.
 */
export const forfaitMobilitesDurablesCap: Parameter<number> = {
  id: "benefits.forfaitMobilitesDurablesCap",
  description: "Exempt forfait mobilités durables, per employee and year (CGI 81 19° ter b)",
  unit: "EUR/year",
  values: [
    {
      effectiveFrom: "2020-05-11",
      value: 400,
      sources: [
        { label: "Loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités, débats (amendement relevant le seuil de 200 € à 400 €)", url: "https://2017-2022.nosdeputes.fr/15/intervention/628793" },
        { label: "Toutsurmesfinances, « Forfait mobilités durables » (entrée en vigueur le 11 mai 2020)", url: "https://www.toutsurmesfinances.com/argent/a/forfait-mobilites-durables-pour-qui-pour-quel-montant" },
      ],
      verified: false,
      note: "Amount and date from secondary sources (decree of May 2020 not read).",
    },
    {
      effectiveFrom: "2021-01-01",
      value: 500,
      sources: [ME, { label: "CFCA, forfait mobilités durables exonéré dans la limite de 500 €", url: "https://cfca.eu/?p=51" }],
      verified: false,
      note: "Raised by the finance law for 2021 per secondary sources; the law's article was not read.",
    },
    {
      effectiveFrom: "2022-01-01",
      value: 700,
      sources: [ME, { label: "Novea expertise, plafonds 2022–2024 (loi de finances rectificative pour 2022)", url: "https://www.novea-expertise.fr" }],
      verified: false,
      note: "700 € for 2022–2024 per mon-entreprise and an accountant's note; the amending law was not read.",
    },
    {
      effectiveFrom: "2025-01-01",
      value: 600,
      sources: [
        { label: "Exeptor, plafonds d'exonération 2025 (cite economie.gouv.fr)", url: "https://exeptor.fr/actualites/prise-en-charge-des-frais-de-transport-domicile-travail-quels-sont-les-plafonds-d-exoneration-en-2025" },
      ],
      verified: false,
      note: "Secondary sources only; mon-entreprise still applies 700 €. Value for 2026 unknown (assumed unchanged by this series).",
    },
  ],
};
