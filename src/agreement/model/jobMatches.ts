/** Lower case, no accents, no parenthesised endings ("Coordinateur(trice)"), feminine endings made masculine, single spaces. */
function normalise(text: string): string {
  return text
    .slice(0, 200)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]{0,10}\)/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) =>
      w
        .replace(/trices?$/, "teur")
        .replace(/euses?$/, "eur")
        .replace(/ives?$/, "if")
        .replace(/iennes?$/, "ien")
        .replace(/eres?$/, "er")
        .replace(/ees?$/, "e")
        .replace(/([ae]n)tes?$/, "$1t")
        .replace(/([ae]l)es?$/, "$1")
        .replace(/s$/, ""),
    )
    .join(" ");
}

/**
 * The abbreviations a métier is written with in offers and agreements, where they stand for that métier
 * only: the names of the state diplomas of social work (Code de l'action sociale et des familles,
 * art. D451-41 and following: diplôme d'État d'éducateur spécialisé, DEES; d'éducateur de jeunes
 * enfants, DEEJE; de moniteur-éducateur, DEME; de technicien de l'intervention sociale et familiale,
 * DETISF; d'aide médico-psychologique, DEAMP; d'accompagnant éducatif et social, DEAES) without their
 * "DE", and ASI, the CCN 66's own "agent de service intérieur". Keys are métiers as the grids spell
 * them. Left out because they name several métiers: AS (aide-soignant, assistant social), AVS
 * (auxiliaire de vie sociale, auxiliaire de vie scolaire), AP.
 */
const JOB_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  "Éducateur spécialisé": ["ES"],
  "Éducateur de jeunes enfants": ["EJE"],
  "Moniteur-éducateur": ["ME"],
  "Technicien de l'intervention sociale et familiale": ["TISF"],
  "Aide médico-psychologique": ["AMP"],
  "Accompagnant éducatif et social": ["AES"],
  "Agent de service intérieur": ["ASI"],
};

/** The words written in capitals (two letters or more) in a wording, as a set: "EJE ou ES" → EJE, ES. */
function capitalWords(wording: string): Set<string> {
  return new Set(wording.slice(0, 200).split(/[^A-Za-zÀ-ÿ]+/u).filter((w) => w.length > 1 && w === w.toUpperCase()));
}

/**
 * Whether an offer's wording names a grid's métier: the métier's words all appear, in order, in the
 * wording, whatever the accents, case and grammatical gender ("Éducatrice spécialisée (H/F)" names
 * "Éducateur spécialisé"); or the wording has the métier's abbreviation in capitals ("Grille des EJE
 * ou ES" names "Éducateur de jeunes enfants" and "Éducateur spécialisé").
 * @internal
 */
export function jobMatches(job: string, wording: string): boolean {
  const j = normalise(job);
  const w = ` ${normalise(wording)} `;
  if (j.length > 0 && w.includes(` ${j} `)) return true;
  const abbreviations = JOB_ABBREVIATIONS[job];
  if (!abbreviations) return false;
  const capitals = capitalWords(wording);
  return abbreviations.some((a) => capitals.has(a));
}
