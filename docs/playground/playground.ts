// The playground page: paste or load a posting, see its diagnostics (with the rules' titles and legal
// sources), its legal minimum pay and the comparison with the stated pay, and its Google for Jobs
// JSON-LD. French by default, English on request. Everything runs in the browser from the library's
// own source, bundled by scripts/build-playground.mjs into dist/playground.js (not committed).
import {
  RULES,
  comparePayWithMinimum,
  formatEuros,
  legalMinimumPay,
  toJsonPointer,
  validateJobPosting,
  type Diagnostic,
  type JobPosting,
  type LegalMinimum,
  type Locale,
  type PayComparison,
  type PayRange,
  type Source,
} from "../../src/index.js";
// Virtual modules made by scripts/build-playground.mjs: the examples of examples/*.json, and the
// JSON-LD export (src/interop/toSchemaOrg.ts), or `undefined` when that module is absent.
import { EXAMPLES } from "playground:examples";
import { toSchemaOrg } from "playground:interop";

const TEXT = {
  fr: {
    title: "ess-jobs : bac à sable",
    intro:
      "Collez une offre d'emploi au format JSON ou chargez un exemple : la page affiche ce qui ne va pas, le minimum légal de rémunération et le JSON-LD pour Google for Jobs. Tout est calculé dans votre navigateur ; rien n'est envoyé.",
    skip: "Aller aux résultats",
    language: "Langue",
    editorTitle: "Offre",
    example: "Charger un exemple",
    noExample: "— Choisir un exemple —",
    date: "Date de référence",
    dateHint: "(facultatif)",
    dateHelp:
      "Date à laquelle l'offre est jugée (SMIC, grilles, gratification en vigueur). Par défaut : la date de publication de l'offre, sinon aujourd'hui.",
    posting: "Offre (JSON)",
    validate: "Valider",
    live: "Valider pendant la saisie",
    diagnosticsTitle: "Diagnostics",
    minimumTitle: "Minimum légal de rémunération",
    jsonLdTitle: "JSON-LD Google for Jobs",
    footer:
      "ess-jobs : schéma, validateur et aides pour les offres d'emploi de l'économie sociale et solidaire. Les montants viennent des textes cités ; vérifiez-les avant toute décision.",
    empty: "Collez une offre ou choisissez un exemple.",
    unreadable: (message: string) => `JSON illisible : ${message}`,
    valid: (warnings: number, infos: number) =>
      warnings + infos === 0 ? "Offre valide : aucun diagnostic." : `Offre valide, avec ${plural(warnings, "avertissement", "avertissements")} et ${plural(infos, "information", "informations")}.`,
    invalid: (errors: number, warnings: number) =>
      `Offre invalide : ${plural(errors, "erreur", "erreurs")}, ${plural(warnings, "avertissement", "avertissements")}.`,
    noDiagnostics: "Aucun diagnostic.",
    severity: { error: "erreur", warning: "avertissement", info: "information" },
    columns: ["Gravité", "Code", "Chemin", "Message"],
    structure: "Structure : la forme de l'offre ne correspond pas au schéma.",
    sources: "Sources",
    root: "(racine)",
    noPosting: "Corrigez d'abord la structure de l'offre.",
    contract: (index: number, type: string) => `Contrat ${index + 1} : ${CONTRACT_TYPES.fr[type] ?? type}`,
    kinds: {
      smic: "SMIC",
      agreement: "Minimum de la convention collective",
      apprenticeship: "Rémunération minimale de l'apprenti",
      professionalisation: "Rémunération minimale du contrat de professionnalisation",
      "stage-gratification": "Gratification minimale de stage",
      "service-civique-indemnity": "Indemnité de service civique",
      none: "Aucun minimum légal",
    } as Record<string, string>,
    perMonth: (basis?: string): string => (basis === "net" ? "net par mois" : basis === "gross" ? "brut par mois" : "par mois"),
    perHour: "de l'heure",
    range: (min: string, max: string) => `de ${min} à ${max}`,
    weeklyHours: (h: number) => `pour ${formatEuros(h, { locale: "fr" })} h par semaine`,
    computedAt: (date: string) => `au ${date}`,
    steps: "Calcul",
    notes: "À savoir",
    unverified: "Valeur non confirmée par une source primaire.",
    comparison: {
      meets: "Conforme",
      "partly-below": "En partie sous le minimum",
      below: "Sous le minimum",
      "not-applicable": "Sans objet",
      "no-amount": "Aucun montant",
      unknown: "Comparaison impossible",
    } as Record<string, string>,
    jsonLdMissing: "Export JSON-LD indisponible dans cette version (src/interop/toSchemaOrg.ts absent au moment de la construction).",
    jsonLdNoDiagnostics: "Google for Jobs : rien ne manque.",
  },
  en: {
    title: "ess-jobs playground",
    intro:
      "Paste a job posting as JSON or load an example: the page shows what is wrong with it, the legal minimum pay and the JSON-LD for Google for Jobs. Everything is computed in your browser; nothing is sent.",
    skip: "Skip to the results",
    language: "Language",
    editorTitle: "Posting",
    example: "Load an example",
    noExample: "— Choose an example —",
    date: "Reference date",
    dateHint: "(optional)",
    dateHelp: "The date the posting is judged at (SMIC, grids, gratification in force). Default: the posting's publication date, else today.",
    posting: "Posting (JSON)",
    validate: "Validate",
    live: "Validate while typing",
    diagnosticsTitle: "Diagnostics",
    minimumTitle: "Legal minimum pay",
    jsonLdTitle: "Google for Jobs JSON-LD",
    footer:
      "ess-jobs: schema, validator and helpers for job postings of the French social and solidarity economy. The amounts come from the texts cited; check them before any decision.",
    empty: "Paste a posting or choose an example.",
    unreadable: (message: string) => `Unreadable JSON: ${message}`,
    valid: (warnings: number, infos: number) =>
      warnings + infos === 0 ? "Valid posting: no diagnostics." : `Valid posting, with ${plural(warnings, "warning", "warnings")} and ${plural(infos, "info", "infos")}.`,
    invalid: (errors: number, warnings: number) => `Invalid posting: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}.`,
    noDiagnostics: "No diagnostics.",
    severity: { error: "error", warning: "warning", info: "info" },
    columns: ["Severity", "Code", "Path", "Message"],
    structure: "Structure: the posting's shape does not match the schema.",
    sources: "Sources",
    root: "(root)",
    noPosting: "Fix the posting's structure first.",
    contract: (index: number, type: string) => `Contract ${index + 1}: ${CONTRACT_TYPES.en[type] ?? type}`,
    kinds: {
      smic: "SMIC (minimum wage)",
      agreement: "Collective agreement minimum",
      apprenticeship: "Apprentice minimum pay",
      professionalisation: "Contrat de professionnalisation minimum pay",
      "stage-gratification": "Minimum internship gratification",
      "service-civique-indemnity": "Service civique indemnity",
      none: "No legal minimum",
    } as Record<string, string>,
    perMonth: (basis?: string): string => (basis === "net" ? "net a month" : basis === "gross" ? "gross a month" : "a month"),
    perHour: "an hour",
    range: (min: string, max: string) => `${min} to ${max}`,
    weeklyHours: (h: number) => `for ${formatEuros(h, { locale: "en" })} h a week`,
    computedAt: (date: string) => `on ${date}`,
    steps: "Computation",
    notes: "Good to know",
    unverified: "Value not confirmed by a primary source.",
    comparison: {
      meets: "Meets the minimum",
      "partly-below": "Partly below the minimum",
      below: "Below the minimum",
      "not-applicable": "Not applicable",
      "no-amount": "No amount",
      unknown: "Cannot compare",
    } as Record<string, string>,
    jsonLdMissing: "JSON-LD export not available in this build (src/interop/toSchemaOrg.ts was absent when it was built).",
    jsonLdNoDiagnostics: "Google for Jobs: nothing missing.",
  },
};

const CONTRACT_TYPES: Record<Locale, Record<string, string>> = {
  fr: {
    cdi: "CDI",
    cdd: "CDD",
    insertion: "contrat d'insertion",
    apprentissage: "apprentissage",
    professionnalisation: "contrat de professionnalisation",
    stage: "stage",
    "service-civique": "service civique",
    freelance: "mission indépendante",
    benevolat: "bénévolat",
  },
  en: {
    cdi: "CDI (permanent)",
    cdd: "CDD (fixed term)",
    insertion: "insertion contract",
    apprenticeship: "apprenticeship",
    apprentissage: "apprenticeship",
    professionnalisation: "contrat de professionnalisation",
    stage: "internship",
    "service-civique": "service civique",
    freelance: "freelance mission",
    benevolat: "volunteering",
  },
};

/** "Label : " in French, "Label: " in English. */
const colon = (label: string) => (locale === "fr" ? `${label} : ` : `${label}: `);

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

type Texts = (typeof TEXT)["fr"];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  example: $<HTMLSelectElement>("example"),
  date: $<HTMLInputElement>("date"),
  posting: $<HTMLTextAreaElement>("posting"),
  live: $<HTMLInputElement>("live"),
  form: $<HTMLFormElement>("editor"),
  status: $<HTMLParagraphElement>("status"),
  diagnostics: $<HTMLDivElement>("diagnostics"),
  minimum: $<HTMLDivElement>("minimum"),
  jsonLd: $<HTMLElement>("jsonld"),
  jsonLdDiagnostics: $<HTMLDivElement>("jsonld-diagnostics"),
  langFr: $<HTMLButtonElement>("lang-fr"),
  langEn: $<HTMLButtonElement>("lang-en"),
};

let locale: Locale = "fr";

/** Creates an element with text and attributes; text is always set as text, never as HTML. */
function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string | undefined)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

/** Text with a line-break opportunity after each "/" and "-", for long codes and paths in narrow cells. */
function breakable(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of text.split(/(?<=[/-])/)) fragment.append(part, document.createElement("wbr"));
  return fragment;
}

function euros(amount: number): string {
  const figure = formatEuros(amount, { locale });
  return locale === "fr" ? `${figure}\u00a0€` : `€${figure}`;
}

function rangeText(range: PayRange, t: Texts): string {
  return range.min === range.max ? euros(range.min) : t.range(euros(range.min), euros(range.max));
}

function sourceList(sources: readonly Source[]): HTMLElement {
  const list = h("ul", { class: "sources" });
  for (const source of sources) {
    list.append(h("li", {}, source.url ? h("a", { href: source.url, rel: "noopener noreferrer", target: "_blank" }, source.label) : source.label));
  }
  return list;
}

function renderDiagnostics(container: HTMLElement, diagnostics: readonly Diagnostic[], t: Texts): void {
  container.replaceChildren();
  if (diagnostics.length === 0) {
    container.append(h("p", { class: "empty" }, t.noDiagnostics));
    return;
  }
  const head = h("tr", {}, ...t.columns.map((c) => h("th", { scope: "col" }, c)));
  const body = h("tbody");
  for (const d of diagnostics) {
    const pointer = toJsonPointer(d.path);
    const rule = RULES.find((r) => r.code === d.code);
    const explanation = rule
      ? h(
          "div",
          { class: "rule" },
          h("strong", {}, rule.title[locale]),
          rule.sources.length > 0 ? h("div", {}, colon(t.sources).trimEnd(), sourceList(rule.sources)) : undefined,
        )
      : d.code.startsWith("structure/")
        ? h("div", { class: "rule" }, t.structure)
        : undefined;
    body.append(
      h(
        "tr",
        { "data-code": d.code, "data-path": pointer, "data-severity": d.severity },
        h("td", {}, h("span", { class: `severity ${d.severity}` }, t.severity[d.severity])),
        h("td", {}, h("code", {}, breakable(d.code))),
        h("td", {}, h("span", { class: "path" }, pointer === "" ? t.root : breakable(pointer))),
        h("td", {}, h("div", { class: "message" }, d.message), explanation),
      ),
    );
  }
  container.append(h("table", {}, h("thead", {}, head), body));
}

function renderMinimum(posting: JobPosting | undefined, date: string | undefined, t: Texts): void {
  els.minimum.replaceChildren();
  if (!posting) {
    els.minimum.append(h("p", { class: "empty" }, t.noPosting));
    return;
  }
  const options = { locale, ...(date ? { date } : {}) };
  const minima = legalMinimumPay(posting, options);
  const comparisons = comparePayWithMinimum(posting, options);
  minima.forEach((minimum: LegalMinimum, i: number) => {
    const comparison: PayComparison | undefined = comparisons[i];
    const block = h("div", { class: "minimum", "data-kind": minimum.kind, "data-contract": String(minimum.contractIndex) });
    block.append(h("h3", {}, t.contract(minimum.contractIndex, minimum.contractType)));
    block.append(h("p", {}, h("span", { class: "kind" }, t.kinds[minimum.kind] ?? minimum.kind), ` (${t.computedAt(minimum.date)})`));
    if (minimum.monthly) {
      const hourly = minimum.hourly ? ` · ${rangeText(minimum.hourly, t)} ${t.perHour}` : "";
      const hours = minimum.weeklyHours !== undefined ? ` ${t.weeklyHours(minimum.weeklyHours)}` : "";
      block.append(h("p", { class: "amount", "data-monthly-min": String(minimum.monthly.min) }, `${rangeText(minimum.monthly, t)} ${t.perMonth(minimum.basis)}${hours}${hourly}`));
    }
    if (comparison && comparison.status !== "not-applicable")
      block.append(
        h("p", { class: "comparison", "data-status": comparison.status }, h("strong", {}, colon(t.comparison[comparison.status] ?? comparison.status)), comparison.message),
      );
    if (minimum.steps.length > 0) block.append(h("h4", {}, t.steps), h("ol", { class: "steps" }, ...minimum.steps.map((s) => h("li", {}, s))));
    const notes = [...minimum.notes, ...(minimum.verified ? [] : [t.unverified])];
    if (notes.length > 0) block.append(h("h4", {}, t.notes), h("ul", { class: "notes" }, ...notes.map((n) => h("li", {}, n))));
    if (minimum.sources.length > 0) block.append(h("h4", {}, t.sources), sourceList(minimum.sources));
    els.minimum.append(block);
  });
}

function renderJsonLd(posting: JobPosting | undefined, t: Texts): void {
  els.jsonLdDiagnostics.replaceChildren();
  els.jsonLd.textContent = "";
  if (!posting) {
    els.jsonLdDiagnostics.append(h("p", { class: "empty" }, t.noPosting));
    return;
  }
  // Hook: toSchemaOrg comes from src/interop/toSchemaOrg.ts when it exists at build time.
  if (!toSchemaOrg) {
    els.jsonLdDiagnostics.append(h("p", { class: "empty" }, t.jsonLdMissing));
    return;
  }
  const { jsonLd, diagnostics } = toSchemaOrg(posting, { locale });
  if (diagnostics.length === 0) els.jsonLdDiagnostics.append(h("p", { class: "empty" }, t.jsonLdNoDiagnostics));
  else renderDiagnostics(els.jsonLdDiagnostics, diagnostics, t);
  els.jsonLd.textContent = JSON.stringify(jsonLd, null, 2);
}

function run(): void {
  const t = TEXT[locale];
  const text = els.posting.value;
  const date = els.date.value || undefined;
  if (text.trim() === "") {
    els.status.dataset.state = "empty";
    els.status.textContent = t.empty;
    els.diagnostics.replaceChildren();
    renderMinimum(undefined, date, t);
    renderJsonLd(undefined, t);
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    els.status.dataset.state = "unreadable";
    els.status.textContent = t.unreadable(error instanceof Error ? error.message : String(error));
    els.diagnostics.replaceChildren();
    renderMinimum(undefined, date, t);
    renderJsonLd(undefined, t);
    return;
  }
  const result = validateJobPosting(input, { locale, ...(date ? { date } : {}) });
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  els.status.dataset.state = result.valid ? "valid" : "invalid";
  els.status.textContent = result.valid ? t.valid(count("warning"), count("info")) : t.invalid(count("error"), count("warning"));
  renderDiagnostics(els.diagnostics, result.diagnostics, t);
  renderMinimum(result.posting, date, t);
  renderJsonLd(result.posting, t);
}

function translatePage(): void {
  const t = TEXT[locale];
  document.documentElement.lang = locale;
  document.title = t.title;
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const value = t[element.dataset.i18n as keyof Texts];
    if (typeof value === "string") element.textContent = value;
  }
  els.langFr.setAttribute("aria-pressed", String(locale === "fr"));
  els.langEn.setAttribute("aria-pressed", String(locale === "en"));
  const selected = els.example.value;
  els.example.replaceChildren(h("option", { value: "" }, t.noExample), ...EXAMPLES.map((e) => h("option", { value: e.id }, e.label)));
  els.example.value = selected;
}

function setLocale(next: Locale): void {
  locale = next;
  translatePage();
  run();
}

let timer: ReturnType<typeof setTimeout> | undefined;
els.posting.addEventListener("input", () => {
  if (!els.live.checked) return;
  clearTimeout(timer);
  timer = setTimeout(run, 300);
});
els.date.addEventListener("change", run);
els.form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
els.example.addEventListener("change", () => {
  const example = EXAMPLES.find((e) => e.id === els.example.value);
  if (!example) return;
  els.posting.value = JSON.stringify(example.posting, null, 2);
  run();
});
els.langFr.addEventListener("click", () => setLocale("fr"));
els.langEn.addEventListener("click", () => setLocale("en"));

const requested = new URLSearchParams(location.search).get("lang");
setLocale(requested === "en" ? "en" : "fr");
