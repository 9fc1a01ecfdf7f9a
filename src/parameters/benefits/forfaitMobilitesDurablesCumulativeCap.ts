import type { Parameter } from "../Parameter.js";

const ME = { label: "mon-entreprise (Urssaf), règles salarié/rémunération.publicodes, frais de transport", url: "https://github.com/betagouv/mon-entreprise/blob/7b021aafa18bd716be1d472285df1b086e02c9e5/modele-social/r%C3%A8gles/salari%C3%A9/r%C3%A9mun%C3%A9ration.publicodes" };

/**
 * Annual exemption cap of the forfait mobilités durables when combined with the employer's share of the
 * public-transport pass (CGI art. 81 19° ter b): the exemption of both together may not exceed this
 * amount, or the mandatory pass share if higher.
 */
export const forfaitMobilitesDurablesCumulativeCap: Parameter<number> = {
  id: "benefits.forfaitMobilitesDurablesCumulativeCap",
  description: "Exempt forfait mobilités durables + transport pass, per employee and year (CGI 81 19° ter b)",
  unit: "EUR/year",
  values: [
    {
      effectiveFrom: "2021-08-25",
      value: 600,
      sources: [ME, { label: "Auverco, loi Climat : limite de 600 € depuis le 25 août 2021", url: "https://auverco.com/?p=7208" }],
      verified: false,
      note: "Two secondary sources; loi n° 2021-1104 (Climat et résilience) not read.",
    },
    {
      effectiveFrom: "2022-01-01",
      value: 800,
      sources: [
        { label: "Journal officiel, JORFARTI000047603178 (cumul limité à 800 € par an, b du 19° ter de l'art. 81 CGI)", url: "https://legal.tricoteuses.fr/articles/JORFARTI000047603178" },
        ME,
      ],
      verified: true,
      note: "800 € stated in a Journal officiel text and by mon-entreprise; end date (2024 or later) unsure.",
    },
    {
      effectiveFrom: "2025-01-01",
      value: 900,
      sources: [
        { label: "Exeptor, plafonds d'exonération 2025 (cite economie.gouv.fr)", url: "https://exeptor.fr/actualites/prise-en-charge-des-frais-de-transport-domicile-travail-quels-sont-les-plafonds-d-exoneration-en-2025" },
      ],
      verified: false,
      note: "Secondary sources only; mon-entreprise applies 900 € only in overseas departments.",
    },
  ],
};
