// The playground page: write a posting in a form generated from the schema, or paste/load its JSON;
// both modes edit the same posting. As it changes, the page shows the diagnostics of validateJobPosting
// beside the fields they concern (with the rules' legal sources), the legal minimum pay, the JSON and
// the Google for Jobs JSON-LD (to copy or download). French by default, English on request. Everything
// runs in the browser from the library's own source, bundled by scripts/build-playground.mjs.
import { z } from "zod";
import { JobPostingSchema, toJsonPointer, toSchemaOrg, validateJobPosting, type Diagnostic, type JobPosting, type Locale } from "../../src/index.js";
import { findJsonSyntaxError } from "../../src/cli/findJsonSyntaxError.js";
import { jsonSyntaxMessage } from "../../src/cli/jsonSyntaxMessage.js";
import { locateJsonPaths } from "../../src/cli/locateJsonPaths.js";
import { EXAMPLES } from "playground:examples";
import { agreementWidget } from "./agreementField.js";
import { h } from "./dom.js";
import { readDate, writeDate } from "./format.js";
import { labels } from "./labels.js";
import { getAt, type Path } from "./paths.js";
import { diagnosticCard, fieldOf, placeDiagnostics, renderMinimum } from "./results.js";
import { createForm, type SchemaNode } from "./schemaForm.js";
import { TEXT } from "./texts.js";

// The form is drawn from the schema itself: zod's JSON Schema of JobPostingSchema, as published.
const SCHEMA = z.toJSONSchema(JobPostingSchema, { io: "input", cycles: "ref", reused: "inline", unrepresentable: "any" }) as SchemaNode;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  example: $<HTMLSelectElement>("example"),
  date: $<HTMLInputElement>("date"),
  file: $<HTMLInputElement>("file"),
  posting: $<HTMLTextAreaElement>("posting"),
  formPanel: $<HTMLElement>("form-panel"),
  jsonPanel: $<HTMLElement>("json-panel"),
  form: $<HTMLElement>("form"),
  modeForm: $<HTMLButtonElement>("mode-form"),
  modeJson: $<HTMLButtonElement>("mode-json"),
  status: $<HTMLElement>("status"),
  syntax: $<HTMLElement>("syntax"),
  diagnostics: $<HTMLElement>("diagnostics"),
  minimum: $<HTMLElement>("minimum"),
  json: $<HTMLElement>("json"),
  jsonLd: $<HTMLElement>("jsonld"),
  jsonLdDiagnostics: $<HTMLElement>("jsonld-diagnostics"),
  notice: $<HTMLElement>("notice"),
  langFr: $<HTMLButtonElement>("lang-fr"),
  langEn: $<HTMLButtonElement>("lang-en"),
};

let locale: Locale = "fr";
let mode: "form" | "json" = "form";
let posting: unknown = {};
let jsonLdText = "";
const t = () => TEXT[locale];

/** The date the posting is judged at: the one typed, else its publication date, else today. */
function referenceDate(): string {
  const typed = readDate(els.date.value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return typed;
  const posted = getAt(posting, ["dates", "posted"]);
  return typeof posted === "string" && /^\d{4}-\d{2}-\d{2}$/.test(posted) ? posted : new Date().toISOString().slice(0, 10);
}

const form = createForm({
  schema: SCHEMA,
  get text() {
    return t().form;
  },
  get locale() {
    return locale;
  },
  label: (owner, key) => labels(locale).label(owner, key),
  help: (owner, key, node) => labels(locale).help(owner, key, node),
  valueLabel: (enumKey, value) => labels(locale).valueLabel(enumKey, value),
  variantLabel: (defId, node) => labels(locale).variantLabel(defId, node),
  value: () => posting,
  changed(next, structural, focus) {
    posting = next;
    els.posting.value = JSON.stringify(posting, null, 2);
    if (structural) drawForm(focus);
    schedule();
  },
  extra: (defId, path) =>
    defId === "CollectiveAgreement"
      ? agreementWidget({ t: t(), locale, value: () => posting, date: referenceDate, set: (p, v, focus) => form.update(p, v, true, focus) }, path)
      : undefined,
});

/** The name of a contract type, as the form's variant list gives it. */
function contractName(type: string): string {
  const contract = form.resolve({ $ref: "#/$defs/Contract" }).node;
  const branch = form.discriminated(contract)?.branches.find((b) => b.value === type);
  return branch ? labels(locale).variantLabel(branch.defId, branch.node) : type;
}

function drawForm(focus?: string): void {
  const active = focus ?? document.activeElement?.id;
  form.render(els.form);
  const target = active ? document.getElementById(active) : null;
  if (target && els.formPanel.contains(target)) target.focus();
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
}

/** A diagnostic's path in words: the labels of the form's groups and field it leads to. */
function pathLabel(path: readonly (string | number)[]): string {
  const words: string[] = [];
  for (let n = 1; n <= path.length; n++) {
    const el = fieldOf(els.form, path.slice(0, n));
    const label = el?.querySelector(":scope > legend, :scope > summary, :scope > label")?.firstChild?.textContent?.trim();
    if (label && words[words.length - 1] !== label) words.push(label);
  }
  if (words.length === 0) return t().root;
  return locale === "fr" ? `« ${words.join(" › ")} »` : `“${words.join(" › ")}”`;
}

/** Selects the field of a path in the form, or its line in the JSON. */
function goTo(path: readonly (string | number)[]): void {
  if (mode === "json") {
    const [where] = locateJsonPaths(els.posting.value, [path]);
    if (where) selectLine(where.line);
    return;
  }
  const field = fieldOf(els.form, path);
  if (!field) return;
  for (let el: HTMLElement | null = field; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
  const control = field.querySelector<HTMLElement>("input, select, textarea, button") ?? field;
  control.focus();
  control.scrollIntoView({ block: "center" });
}

function selectLine(line: number, column?: number): void {
  const lines = els.posting.value.split(/\r\n|\r|\n/);
  const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const end = start + (lines[line - 1]?.length ?? 0);
  els.posting.focus();
  if (column !== undefined) els.posting.setSelectionRange(start + column - 1, start + column);
  else els.posting.setSelectionRange(start, end);
}

/** The label of the form's own field for a path, when it is shown. */
function ownLabel(path: readonly (string | number)[]): string | undefined {
  const el = els.form.querySelector(`[data-path="${CSS.escape(toJsonPointer([...path]))}"]`);
  return el?.querySelector(":scope > legend, :scope > summary, :scope > label")?.firstChild?.textContent?.trim() || undefined;
}

/** In the form, a structure message names the field by its label (« Intitulé du poste ») rather than its JSON key. */
function inFormWords(d: Diagnostic): Diagnostic {
  const key = d.path[d.path.length - 1];
  const label = mode === "form" && d.code.startsWith("structure/") && typeof key === "string" ? ownLabel(d.path) : undefined;
  if (!label) return d;
  const [open, close] = locale === "fr" ? ["« ", " »"] : ['"', '"'];
  return { ...d, message: d.message.replace(`${open}${key}${close}`, `${open}${label}${close}`) };
}

function card(d: Diagnostic, withLink: boolean): HTMLElement {
  return diagnosticCard(inFormWords(d), t(), locale, withLink ? { label: pathLabel(d.path), href: "#form", onClick: () => goTo(d.path) } : undefined);
}

function run(): void {
  // A run supersedes a pending one: a second rendering 150 ms later would replace the diagnostics'
  // links under a keyboard user who had just focused one (switching modes runs at once).
  clearTimeout(timer);
  const text = t();
  els.syntax.replaceChildren();
  let input: unknown = posting;
  if (mode === "json") {
    const source = els.posting.value;
    const error = source.trim() === "" ? undefined : findJsonSyntaxError(source);
    if (error) {
      els.status.dataset.state = "unreadable";
      els.status.textContent = text.unreadable(error.line, error.column, jsonSyntaxMessage(error, locale));
      const link = h("button", { type: "button", class: "link" }, text.goToError);
      link.addEventListener("click", () => selectLine(error.line, error.column));
      els.syntax.append(link);
      return;
    }
    input = source.trim() === "" ? {} : JSON.parse(source);
    if (JSON.stringify(input) !== JSON.stringify(posting)) {
      posting = input;
      drawForm();
    }
  }
  const date = readDate(els.date.value);
  const options = { locale, ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}) };
  const result = validateJobPosting(input, options);
  const count = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
  const empty = typeof input === "object" && input !== null && Object.keys(input).length === 0;
  els.status.dataset.state = empty ? "empty" : result.valid ? "valid" : "invalid";
  els.status.textContent = empty ? text.empty : result.valid ? text.valid(count("warning"), count("info")) : text.invalid(count("error"), count("warning"));
  els.diagnostics.replaceChildren(
    ...(result.diagnostics.length === 0 ? [h("p", { class: "empty" }, text.noDiagnostics)] : result.diagnostics.map((d) => card(d, true))),
  );
  placeDiagnostics(els.form, result.diagnostics, (d) => card(d, false));
  renderMinimum(els.minimum, result.posting, options.date, text, locale, contractName);
  els.json.textContent = JSON.stringify(input, null, 2);
  renderJsonLd(result.posting);
}

function renderJsonLd(valid: JobPosting | undefined): void {
  els.jsonLdDiagnostics.replaceChildren();
  jsonLdText = "";
  if (!valid) {
    els.jsonLd.textContent = "";
    els.jsonLdDiagnostics.append(h("p", { class: "empty" }, t().noPosting));
    return;
  }
  const { jsonLd, diagnostics } = toSchemaOrg(valid, { locale });
  jsonLdText = JSON.stringify(jsonLd, null, 2);
  els.jsonLd.textContent = jsonLdText;
  els.jsonLdDiagnostics.append(...(diagnostics.length === 0 ? [h("p", { class: "empty" }, t().jsonLdNoDiagnostics)] : diagnostics.map((d) => card(d, false))));
}

function setMode(next: "form" | "json"): void {
  mode = next;
  els.modeForm.setAttribute("aria-pressed", String(mode === "form"));
  els.modeJson.setAttribute("aria-pressed", String(mode === "json"));
  els.formPanel.hidden = mode !== "form";
  els.jsonPanel.hidden = mode !== "json";
  if (mode === "json") els.posting.value = JSON.stringify(posting, null, 2);
  run();
}

function load(value: unknown): void {
  posting = value;
  els.posting.value = JSON.stringify(posting, null, 2);
  drawForm();
  run();
}

function translatePage(): void {
  const text = t();
  document.documentElement.lang = locale;
  document.title = text.title;
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const value = text[element.dataset["i18n"] as keyof typeof text];
    if (typeof value === "string") element.textContent = value;
  }
  els.langFr.setAttribute("aria-pressed", String(locale === "fr"));
  els.langEn.setAttribute("aria-pressed", String(locale === "en"));
  els.date.placeholder = text.form.datePlaceholder;
  const selected = els.example.value;
  els.example.replaceChildren(h("option", { value: "" }, text.noExample), ...EXAMPLES.map((e) => h("option", { value: e.id }, e.label)));
  els.example.value = selected;
}

function setLocale(next: Locale): void {
  const typed = readDate(els.date.value);
  locale = next;
  els.date.value = typed ? writeDate(typed, locale) : "";
  translatePage();
  drawForm();
  run();
}

/** Copies a text, saying whether it worked. */
async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    els.notice.textContent = t().copied;
  } catch {
    els.notice.textContent = t().copyFailed;
  }
}

/** Offers a text as a file to save, made in the page (a blob), never fetched. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const postingJson = () => JSON.stringify(posting, null, 2) + "\n";
$("copy-json").addEventListener("click", () => void copy(postingJson()));
$("download-json").addEventListener("click", () => download(postingJson(), "offre.json", "application/json"));
$("copy-jsonld").addEventListener("click", () => void copy(jsonLdText));
$("download-jsonld").addEventListener("click", () => jsonLdText && download(jsonLdText + "\n", "offre.jsonld", "application/ld+json"));
els.posting.addEventListener("input", schedule);
els.date.addEventListener("input", () => {
  drawForm();
  schedule();
});
$("check").addEventListener("click", run);
els.modeForm.addEventListener("click", () => setMode("form"));
els.modeJson.addEventListener("click", () => setMode("json"));
els.example.addEventListener("change", () => load(structuredClone(EXAMPLES.find((e) => e.id === els.example.value)?.posting ?? {})));
els.file.addEventListener("change", async () => {
  const file = els.file.files?.[0];
  if (!file) return;
  const text = await file.text();
  setMode("json");
  els.posting.value = text;
  run();
});
els.langFr.addEventListener("click", () => setLocale("fr"));
els.langEn.addEventListener("click", () => setLocale("en"));

const requested = new URLSearchParams(location.search).get("lang");
locale = requested === "en" ? "en" : "fr";
translatePage();
load({});
setMode("form");
