// What the page shows about the posting: each diagnostic (message, the rule's title, its legal sources)
// in the list and beside the field it concerns, and the legal minimum pay of each contract.
import { RULES, comparePayWithMinimum, formatEuros, legalMinimumPay, type Diagnostic, type JobPosting, type PayRange, type Source } from "../../src/index.js";
import { h } from "./dom.js";
import { euros, longDate, longDatesIn } from "./format.js";
import { pointer, type Path } from "./paths.js";
import type { Texts } from "./texts.js";

type Locale = "fr" | "en";

function sourceList(sources: readonly Source[]): HTMLElement {
  // A source cited twice (by two steps of a computation) is listed once.
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.label === s.label && o.url === s.url) === i);
  return h("ul", { class: "sources" }, ...unique.map((s) => h("li", {}, s.url ? h("a", { href: s.url, rel: "noopener noreferrer", target: "_blank" }, s.label) : s.label)));
}

/** One diagnostic: severity, message, the rule's title and legal sources; `goTo` adds the link to its field. */
export function diagnosticCard(d: Diagnostic, t: Texts, locale: Locale, goTo?: { label: string; href: string; onClick: () => void }): HTMLElement {
  const rule = RULES.find((r) => r.code === d.code);
  const card = h(
    "div",
    { class: `diagnostic ${d.severity}`, "data-code": d.code, "data-path": pointer(d.path), "data-severity": d.severity },
    h("p", { class: "message" }, h("span", { class: `severity ${d.severity}` }, t.severity[d.severity]), " ", d.message),
  );
  if (rule) {
    const explanation = h("div", { class: "rule" }, h("span", { class: "rule-title" }, rule.title[locale]), " ", h("code", { class: "code" }, d.code));
    if (rule.sources.length > 0) explanation.append(h("span", { class: "sources-title" }, t.sources), sourceList(rule.sources));
    card.append(explanation);
  } else if (d.code.startsWith("structure/")) card.append(h("div", { class: "rule" }, t.structure, " ", h("code", { class: "code" }, d.code)));
  if (goTo) {
    const link = h("a", { class: "path", href: goTo.href }, t.goTo(goTo.label));
    link.addEventListener("click", (event) => {
      event.preventDefault();
      goTo.onClick();
    });
    card.append(h("p", { class: "goto" }, link));
  }
  return card;
}

/** Puts each diagnostic in the slot of the deepest field of the form its path reaches. */
export function placeDiagnostics(form: HTMLElement, diagnostics: readonly Diagnostic[], card: (d: Diagnostic) => HTMLElement): void {
  for (const slot of form.querySelectorAll(".field-diagnostics")) slot.replaceChildren();
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const d of diagnostics) {
    const field = fieldOf(form, d.path);
    const slot = field?.querySelector(":scope > .field-diagnostics");
    if (!field || !slot) continue;
    slot.append(card(d));
    if (d.severity === "error") field.querySelector(":scope > input, :scope > select, :scope > textarea")?.setAttribute("aria-invalid", "true");
  }
}

/** The element of the form for a path, or for its deepest ancestor that is shown. */
export function fieldOf(form: HTMLElement, path: readonly (string | number)[]): HTMLElement | undefined {
  for (let n = path.length; n >= 0; n--) {
    const found = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(pointer(path.slice(0, n) as Path))}"]`);
    if (found) return found;
  }
  return undefined;
}

function rangeText(range: PayRange, t: Texts, locale: Locale): string {
  return range.min === range.max ? euros(range.min, locale) : t.range(euros(range.min, locale), euros(range.max, locale));
}

/** The legal minimum of each contract, with the comparison with the stated pay, the computation and its sources. */
export function renderMinimum(container: HTMLElement, posting: JobPosting | undefined, date: string | undefined, t: Texts, locale: Locale, contractName: (type: string) => string): void {
  container.replaceChildren();
  if (!posting) {
    container.append(h("p", { class: "empty" }, t.noPosting));
    return;
  }
  const options = { locale, ...(date ? { date } : {}) };
  const comparisons = comparePayWithMinimum(posting, options);
  legalMinimumPay(posting, options).forEach((minimum, i) => {
    const comparison = comparisons[i];
    const block = h("div", { class: "minimum", "data-kind": minimum.kind, "data-contract": String(minimum.contractIndex) });
    block.append(h("h3", {}, t.contract(minimum.contractIndex + 1, contractName(minimum.contractType))));
    // The SMIC is named by the date its value took effect, not by the date the posting is judged at.
    const when = minimum.kind === "smic" && minimum.smicEffectiveFrom ? t.smicOf(longDate(minimum.smicEffectiveFrom, locale) ?? minimum.smicEffectiveFrom) : t.judgedOn(longDate(minimum.date, locale) ?? minimum.date);
    block.append(h("p", { class: "kind" }, h("strong", {}, t.kinds[minimum.kind] ?? minimum.kind), ` (${when})`));
    if (minimum.monthly) {
      const hours = minimum.weeklyHours !== undefined ? ` ${t.weeklyHours(formatEuros(minimum.weeklyHours, { locale }))}` : "";
      const hourly = minimum.hourly ? ` · ${rangeText(minimum.hourly, t, locale)} ${t.perHour}` : "";
      block.append(h("p", { class: "amount", "data-monthly-min": String(minimum.monthly.min) }, `${rangeText(minimum.monthly, t, locale)} ${t.perMonth(minimum.basis)}${hours}${hourly}`));
    }
    if (comparison && comparison.status !== "not-applicable") block.append(h("p", { class: "comparison", "data-status": comparison.status }, longDatesIn(comparison.message, locale)));
    if (minimum.steps.length > 0) block.append(h("h4", {}, t.steps), h("ol", { class: "steps" }, ...minimum.steps.map((s) => h("li", {}, longDatesIn(s, locale)))));
    const notes = [...minimum.notes, ...(minimum.verified ? [] : [t.unverified])];
    if (notes.length > 0) block.append(h("h4", {}, t.notes), h("ul", { class: "notes" }, ...notes.map((n) => h("li", {}, longDatesIn(n, locale)))));
    if (minimum.sources.length > 0) block.append(h("h4", {}, t.sources), sourceList(minimum.sources));
    container.append(block);
  });
}
