// The collective agreement, picked by name or IDCC from the library's registry, and its classification
// offered from the grid the library encodes (in force at the reference date).
import { AGREEMENT_PARAMETERS, COLLECTIVE_AGREEMENTS, collectiveAgreement, normaliseIdcc, valueAt, type AgreementGrid, type AgreementGridRow } from "../../src/index.js";
import { h } from "./dom.js";
import { longDate } from "./format.js";
import { fieldId, getAt, type Path } from "./paths.js";
import type { Texts } from "./texts.js";

/** Lower case, without accents: "ÉCLAT" and "eclat" are the same name. */
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();

const optionText = (e: (typeof COLLECTIVE_AGREEMENTS)[number]) => `${e.idcc} — ${e.shortName}`;

/** The registry entry a typed text names: 1 to 4 digits, "1518 — ÉCLAT", a short name or an alias. */
export function findAgreement(text: string) {
  const t = fold(text);
  if (/^\d{4}$/.test(t)) return collectiveAgreement(normaliseIdcc(t) ?? "");
  return COLLECTIVE_AGREEMENTS.find((e) => [optionText(e), e.shortName, e.name, ...(e.aliases ?? [])].some((n) => fold(n) === t));
}

/** The rungs of an agreement's grid in force at a date, when the library encodes them. */
export function gridAt(idcc: string, date: string): AgreementGrid | undefined {
  const parameter = AGREEMENT_PARAMETERS.find((p) => p.id === `agreement.${idcc}.grid`);
  return parameter ? (valueAt(parameter, date)?.value as AgreementGrid | undefined) : undefined;
}

const rowText = (row: AgreementGridRow) => `${row.label}${row.coefficient !== undefined ? ` (${row.coefficient} points)` : ""}`;

interface AgreementHost {
  t: Texts;
  locale: "fr" | "en";
  value(): unknown;
  date(): string;
  set(path: Path, value: unknown, focus: string): void;
}

/** The picker and the grid's rungs, drawn at the top of the collective agreement's group. */
export function agreementWidget(host: AgreementHost, path: Path): HTMLElement {
  const { t } = host;
  const current = getAt(host.value(), path) as { idcc?: unknown; classification?: Record<string, unknown> } | undefined;
  const entry = typeof current?.idcc === "string" ? collectiveAgreement(current.idcc) : undefined;
  const id = `${fieldId(path)}-pick`;
  const listId = `${id}-list`;
  const input = h("input", { id, type: "text", list: listId, autocomplete: "off", "aria-describedby": `${id}-help` }) as HTMLInputElement;
  input.value = entry ? optionText(entry) : "";
  const datalist = h("datalist", { id: listId }, ...COLLECTIVE_AGREEMENTS.map((e) => h("option", { value: optionText(e) }, e.name)));
  const help = h("p", { class: "hint", id: `${id}-help` }, t.agreementHelp);
  input.addEventListener("input", () => {
    const found = findAgreement(input.value);
    if (found && found.idcc !== current?.idcc) host.set([...path, "idcc"], found.idcc, id);
  });
  const out = h("div", { class: "widget" }, h("div", { class: "field" }, h("label", { for: id }, t.agreementPick), input, datalist, help));
  const date = host.date();
  const grid = entry ? gridAt(entry.idcc, date) : undefined;
  if (entry && grid) {
    const rowsId = `${fieldId(path)}-rung`;
    const classification = current?.classification ?? {};
    const matches = (row: AgreementGridRow) =>
      row.group === classification["group"] && row.level === classification["level"] && (!row.alternative || row.coefficient === classification["coefficient"]);
    const select = h(
      "select",
      { id: rowsId, "aria-describedby": `${rowsId}-help` },
      h("option", { value: "" }, t.chooseRow),
      ...grid.rows.map((row, i) => h("option", { value: String(i) }, rowText(row))),
    ) as HTMLSelectElement;
    const chosen = grid.rows.findIndex(matches);
    select.value = chosen >= 0 ? String(chosen) : "";
    select.addEventListener("change", () => {
      const row = grid.rows[Number(select.value)];
      const { group: _g, level: _l, coefficient: _c, category: _k, ...rest } = classification;
      const next = row
        ? { ...rest, ...(row.category ? { category: row.category } : {}), ...(row.group ? { group: row.group } : {}), ...(row.level !== undefined ? { level: row.level } : {}), ...(row.alternative ? { coefficient: row.coefficient } : {}) }
        : rest;
      host.set([...path, "classification"], Object.keys(next).length > 0 ? next : undefined, rowsId);
    });
    out.append(
      h(
        "div",
        { class: "field" },
        h("label", { for: rowsId }, t.classification),
        select,
        h("p", { class: "hint", id: `${rowsId}-help` }, t.classificationHelp(entry.shortName, longDate(date, host.locale) ?? date)),
      ),
    );
  }
  return out;
}
