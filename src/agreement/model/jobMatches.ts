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
 * Whether an offer's wording names a grid's métier: the métier's words all appear, in order, in the
 * wording, whatever the accents, case and grammatical gender ("Éducatrice spécialisée (H/F)" names
 * "Éducateur spécialisé").
 * @internal
 */
export function jobMatches(job: string, wording: string): boolean {
  const j = normalise(job);
  const w = ` ${normalise(wording)} `;
  return j.length > 0 && w.includes(` ${j} `);
}
