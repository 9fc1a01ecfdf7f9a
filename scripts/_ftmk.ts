import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fromFranceTravail } from "../src/index.js";
const all = JSON.parse(readFileSync("/tmp/ft/all.json", "utf8"));
const [id, slug] = process.argv.slice(2) as [string, string];
const o = all[id];
const r = fromFranceTravail(o, { retrievedOn: "2026-12-02" });
const dir = `/work/wt-12a/corpus/offers/francetravail-${slug}`;
mkdirSync(dir, { recursive: true });
const p = r.posting!;
writeFileSync(`${dir}/posting.json`, JSON.stringify(p, null, 2) + "\n");
const s = o.salaire ?? {};
const lines = [
  `# ${o.intitule} — ${o.entreprise?.nom ?? "(employer not named in the offer)"}`,
  "",
  `- Source: https://candidat.francetravail.fr/offres/recherche/detail/${id}`,
  `- Captured: 2026-12-02 (France Travail API record of offer ${id}, as published in the public dump vimchun/Job-Market-in-France, extract/France_Travail/outputs/offres.json at commit 8e8835d0)`,
  `- Published: ${String(o.dateCreation).slice(0, 10)} (\`dateCreation\` ${o.dateCreation}; updated ${o.dateActualisation})`,
  `- Employer: ${o.entreprise?.nom ?? "not named"}; NAF ${o.codeNAF ?? "?"} (${o.secteurActiviteLibelle ?? "?"})`,
  "",
  "## Passages the encoding rests on",
  "",
  "Offer text (`description`):",
  "",
  ...String(o.description ?? "").split("\n").map((l: string) => `> ${l}`),
  "",
  "Structured fields:",
  "",
  `- Contract: \`typeContrat\` ${o.typeContrat} (${o.typeContratLibelle}); \`natureContrat\` ${o.natureContrat}`,
  `- Working time: ${JSON.stringify(o.dureeTravailLibelle ?? null)} (${o.dureeTravailLibelleConverti ?? "?"})`,
  `- Pay: \`salaire.libelle\` ${JSON.stringify(s.libelle ?? null)}${s.commentaire ? `, \`commentaire\` ${JSON.stringify(s.commentaire)}` : ""}${s.complement1 ? `, complements ${JSON.stringify([s.complement1, s.complement2].filter(Boolean))}` : ""}`,
  `- Experience: ${JSON.stringify(o.experienceLibelle ?? null)} (${o.experienceExige === "E" ? "exigée" : o.experienceExige === "S" ? "souhaitée" : "débutant accepté"})`,
  ...(o.formations ?? []).map((f: { niveauLibelle?: string; domaineLibelle?: string; exigence?: string }) => `- Education: ${f.niveauLibelle ?? ""} ${f.domaineLibelle ?? ""} (${f.exigence === "E" ? "exigé" : "souhaité"})`),
  ...(o.permis ?? []).map((f: { libelle?: string; exigence?: string }) => `- Licence: ${f.libelle} (${f.exigence === "E" ? "exigé" : "souhaité"})`),
  `- Place: ${o.lieuTravail?.libelle ?? "?"}; positions: ${o.nombrePostes ?? "?"}; qualification: ${o.qualificationLibelle ?? "?"}`,
  "",
];
writeFileSync(`${dir}/offer.md`, lines.join("\n"));
console.log(JSON.stringify(r.diagnostics.filter((d) => d.severity !== "info").map((d) => d.message)));
