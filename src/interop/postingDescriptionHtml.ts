import type { JobPosting, Place, Task, ApproximateDate } from "../generated/types.js";
import { collectiveAgreement } from "../agreement/collectiveAgreement.js";
import { formatAmount } from "../pay/formatAmount.js";
import { formatPay } from "../pay/formatPay.js";
import type { Locale } from "../validate/Diagnostic.js";
import { escapeHtml } from "./escapeHtml.js";
import { postingWords } from "./postingWords.js";

/** Paragraphs of a text block: blank lines separate paragraphs, a single line break stays a `<br>`. */
function paragraphs(text: string): string {
  return text
    .split(/\n[ \t\r\f\v\u00a0]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

function list(items: string[]): string {
  const kept = items.filter((i) => i.length > 0);
  return kept.length ? `<ul>${kept.map((i) => `<li>${i}</li>`).join("")}</ul>` : "";
}

function tasks(items: Task[]): string {
  return `<ul>${items.map((t) => `<li>${escapeHtml(t.text)}${t.subtasks?.length ? tasks(t.subtasks) : ""}</li>`).join("")}</ul>`;
}

function approximate(d: ApproximateDate, locale: Locale): string {
  const parts = { early: ["début", "early"], mid: ["mi-", "mid-"], late: ["fin", "late"] } as const;
  const date = postingWords.date(d.date, locale);
  if (!d.part) return date;
  const p = parts[d.part][locale === "en" ? 1 : 0];
  return p.endsWith("-") ? `${p}${date}` : `${p} ${date}`;
}

function placeText(place: Place, locale: Locale): string {
  const a = place.address;
  const parts: string[] = [];
  if (place.name) parts.push(place.name);
  if (a) {
    const locality = [a.postalCode, a.commune].filter(Boolean).join(" ");
    const arr = a.arrondissement ? (locale === "en" ? ` (arrondissement ${a.arrondissement})` : ` (${a.arrondissement}${a.arrondissement === 1 ? "er" : "e"} arrondissement)`) : "";
    const dep = a.departement && !a.postalCode ? ` (${a.departement})` : "";
    const address = [a.street, locality ? locality + arr + dep : ""].filter(Boolean).join(", ");
    if (address) parts.push(address);
    if (a.country !== "FR") parts.push(a.country);
  }
  if (place.note) parts.push(place.note);
  return parts.join(" – ");
}

/**
 * The description of a posting as HTML for schema.org / Google for Jobs: the text (summary, the
 * organisation, context, missions as nested lists, sections, profile), then what applicants need to
 * know, in sentences: contract, schemes, collective agreement and classification, working time, pay
 * (gross or net), expenses, place, remote work, travel, reporting line, start, benefits, who may
 * apply, how to apply. Every piece of text is escaped. Headings are `<h3>`.
 * @internal
 *
 * @example
 * ```ts
 * postingDescriptionHtml({ title: "Animateur", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] }, "fr");
 * // "<h3>Conditions</h3><ul><li>Contrat : CDI.</li></ul>"
 * ```
 */
export function postingDescriptionHtml(posting: JobPosting, locale: Locale): string {
  const en = locale === "en";
  const t = (fr: string, english: string) => (en ? english : fr);
  const e = escapeHtml;
  const colon = en ? ": " : " : ";
  const out: string[] = [];
  const heading = (text: string) => out.push(`<h3>${e(text)}</h3>`);
  const c = posting.content;

  if (posting.subtitle) out.push(`<p>${e(posting.subtitle)}</p>`);
  if (c?.summary) out.push(paragraphs(c.summary));

  const org = posting.organisation;
  const related = posting.relatedOrganisations ?? [];
  if (org.description || related.length) {
    heading(org.name);
    if (org.description) out.push(paragraphs(org.description));
    const roles = {
      host: ["structure porteuse", "host"],
      "fiscal-sponsor": ["structure d'accueil juridique", "fiscal sponsor"],
      "co-host": ["co-porteur de l'offre", "co-host of the offer"],
      partner: ["partenaire", "partner"],
      funder: ["financeur", "funder"],
    } as const;
    if (related.length) out.push(list(related.map((r) => `${e(r.name)} (${roles[r.role][en ? 1 : 0]})${r.relationship ? `${colon}${e(r.relationship)}` : ""}`)));
  }
  if (c?.context) {
    heading(t("Contexte", "Context"));
    out.push(paragraphs(c.context));
  }
  if (c?.missions?.length) {
    heading(t("Missions", "Missions"));
    for (const g of c.missions) {
      const share = g.share !== undefined ? ` (${Math.round(g.share * 100)} % ${t("du temps", "of the time")})` : "";
      if (g.title || share) out.push(`<p><strong>${e(g.title ?? "")}${share}</strong></p>`);
      if (g.intro) out.push(paragraphs(g.intro));
      out.push(tasks(g.tasks));
    }
    if (c.missionsNote) out.push(paragraphs(c.missionsNote));
  }
  for (const s of c?.sections ?? []) {
    heading(s.heading);
    out.push(paragraphs(s.text));
  }

  // Profile and requirements.
  const r = posting.requirements;
  const strength = (s: string | undefined) => (s === "preferred" ? t(" (souhaité)", " (preferred)") : s === "learnable" ? t(" (peut s'acquérir en poste)", " (can be learnt on the job)") : "");
  const reqItems: string[] = [];
  for (const ed of r?.education ?? []) {
    const what = ed.label ?? (ed.level !== undefined ? postingWords.educationLevel(ed.level, locale) : "");
    const fields = ed.fields?.length ? ` (${ed.fields.join(", ")})` : "";
    const level = ed.label && ed.level !== undefined ? ` – ${postingWords.educationLevel(ed.level, locale)}` : "";
    reqItems.push(e(`${t("Formation", "Education")}${colon}${what}${fields}${level}`) + strength(ed.strength));
  }
  if (r?.noDiplomaRequired) reqItems.push(t("Aucun diplôme exigé.", "No diploma required."));
  for (const ex of r?.experience ?? []) {
    const years = ex.years !== undefined ? (en ? `${ex.years} years` : `${postingWords.number(ex.years, locale)} an${ex.years >= 2 ? "s" : ""}`) : "";
    const what = ex.label ?? [years, ex.domain].filter(Boolean).join(en ? " in " : " en ");
    reqItems.push(e(`${t("Expérience", "Experience")}${colon}${what}`) + strength(ex.strength));
  }
  if (r?.noExperienceRequired) reqItems.push(t("Débutant·e accepté·e.", "Beginners welcome."));
  for (const s of r?.skills ?? []) reqItems.push(e(s.group ? `${s.group}${colon}${s.label}` : s.label) + strength(s.strength));
  if (r?.qualities?.length) reqItems.push(e(`${t("Qualités", "Qualities")}${colon}${r.qualities.join(" ; ")}`));
  if (r?.interests?.length) reqItems.push(e(`${t("Centres d'intérêt", "Interests")}${colon}${r.interests.join(" ; ")}`));
  for (const l of r?.languages ?? []) reqItems.push(e(`${t("Langue", "Language")}${colon}${l.language}${l.level ? ` (${l.level})` : ""}`) + strength(l.strength));
  if (r?.drivingLicence) {
    const d = r.drivingLicence;
    reqItems.push(e(`${t("Permis", "Driving licence")} ${d.categories.join(", ")}${d.vehicleNeeded ? t(" et véhicule personnel", " and own vehicle") : ""}`) + strength(d.strength));
  }
  if (c?.profile || reqItems.length || r?.note) {
    heading(t("Profil recherché", "Profile"));
    if (c?.profile) out.push(paragraphs(c.profile));
    out.push(list(reqItems));
    if (r?.note) out.push(paragraphs(r.note));
  }

  // Conditions.
  const cond: string[] = [];
  const contracts = posting.contracts.map((k) => postingWords.contract(k, locale));
  cond.push(e(contracts.length > 1 ? `${t("Contrat, au choix", "Contract, either")}${colon}${postingWords.join(contracts, locale, "ou")}.` : `${t("Contrat", "Contract")}${colon}${contracts[0] ?? ""}.`));
  for (const k of posting.contracts) {
    if ("prospects" in k && k.prospects) {
      const p = k.prospects;
      const bits = [p.renewalPossible ? t("renouvellement possible", "renewal possible") : "", p.permanentHirePossible ? t("pérennisation possible", "a permanent position may follow") : "", p.conditions ?? ""].filter(Boolean);
      if (bits.length) cond.push(e(`${t("Perspectives", "Prospects")}${colon}${bits.join(" ; ")}`));
    }
    if (k.note) cond.push(e(k.note));
  }
  for (const s of posting.schemes ?? []) {
    cond.push(e(`${t("Poste proposé dans le cadre du dispositif", "Offered under the scheme")} ${s.name && s.type !== "other" ? `${postingWords.scheme(s, locale)} (« ${s.name} »)` : postingWords.scheme(s, locale)}${s.note ? `${colon}${s.note}` : ""}.`));
  }
  const ca = posting.collectiveAgreement;
  if (ca) {
    const cl = ca.classification;
    const details = cl
      ? [cl.group ? `${t("groupe", "group")} ${cl.group}` : "", cl.coefficient !== undefined ? `${t("coefficient", "coefficient")} ${cl.coefficient}` : "", cl.level !== undefined ? `${t("niveau", "level")} ${cl.level}` : ""].filter(Boolean).join(", ")
      : "";
    const classification = cl ? ` ; ${t("classification", "classification")}${colon}${cl.label ?? details}${cl.label && details ? ` (${details})` : ""}` : "";
    // The agreement's name from the posting, else from the registry: "(IDCC 1518)" alone names nothing to a reader.
    const name = ca.name ?? collectiveAgreement(ca.idcc)?.name;
    cond.push(e(`${t("Convention collective", "Collective agreement")}${colon}${name ? `${name} ` : ""}(IDCC ${ca.idcc})${classification}.`));
  }
  const wt = posting.workingTime;
  if (wt) {
    const bits: string[] = [];
    if (wt.label) bits.push(wt.label);
    else if (wt.schedule) bits.push(wt.schedule === "full-time" ? t("temps plein", "full time") : t("temps partiel", "part time"));
    const h = wt.weeklyHours;
    if (h && !wt.label) {
      const hours = h.value !== undefined ? postingWords.number(h.value, locale) : `${postingWords.number(h.min ?? 0, locale)}–${postingWords.number(h.max ?? 0, locale)}`;
      bits.push(t(`${hours} h par semaine`, `${hours} hours a week`));
    }
    if (wt.fraction !== undefined && !wt.label) bits.push(t(`${Math.round(wt.fraction * 100)} % d'un temps plein`, `${Math.round(wt.fraction * 100)}% of full time`));
    if (wt.selfManaged) bits.push(t("temps de travail organisé par vous", "you organise your own time"));
    if (wt.evenings) bits.push(t("disponibilité en soirée", "evening availability"));
    if (wt.weekends) bits.push(t("disponibilité le week-end", "weekend availability"));
    for (const a of wt.availability ?? []) bits.push(a.purpose ? `${a.label} (${a.purpose})` : a.label);
    if (wt.note) bits.push(wt.note);
    if (bits.length) cond.push(e(`${t("Temps de travail", "Working time")}${colon}${bits.join(" ; ")}`));
  }
  const pay = posting.pay;
  if (pay) {
    const statement = pay.text ?? formatPay(pay, { locale });
    let s = `${t("Rémunération", "Pay")}${colon}${statement}`;
    // formatPay states gross or net and the VAT; a verbatim text may not.
    if (pay.text && pay.amount?.basis && !/\b(brut|net|gross)\b/i.test(pay.text)) s += t(pay.amount.basis === "gross" ? " (montant brut)" : " (montant net)", pay.amount.basis === "gross" ? " (gross amount)" : " (net amount)");
    if (pay.text && pay.amount?.tax && !/\b(HT|TTC|hors taxes?|toutes taxes|VAT)\b/i.test(pay.text)) s += t(pay.amount.tax === "excluding-vat" ? " (hors taxes)" : " (toutes taxes comprises)", pay.amount.tax === "excluding-vat" ? " (excluding VAT)" : " (including VAT)");
    cond.push(e(s.endsWith(".") ? s : `${s}.`));
    if (pay.text) {
      // The structured parts that the verbatim text may not spell out.
      if (pay.followsAgreement && ca) cond.push(e(t(`La rémunération suit la grille de la convention collective (IDCC ${ca.idcc}).`, `Pay follows the collective agreement grid (IDCC ${ca.idcc}).`)));
      if (pay.expenses?.amount) {
        const amount = formatAmount(pay.expenses.amount, { locale, withPeriod: false });
        cond.push(e(t(`Enveloppe de frais distincte de la rémunération : ${amount}${pay.expenses.covers ? ` (${pay.expenses.covers})` : ""}.`, `Expenses envelope separate from the pay: ${amount}${pay.expenses.covers ? ` (${pay.expenses.covers})` : ""}.`)));
      }
    }
  }
  const loc = posting.location;
  const places = (loc?.places ?? []).map((p) => placeText(p, locale)).filter(Boolean);
  if (places.length) cond.push(e(`${t("Lieu de travail", "Place of work")}${colon}${places.join(" ; ")}`));
  if (loc?.note) cond.push(e(loc.note));
  if (loc?.placeChosenByWorker) cond.push(e(t("Le lieu de travail est au choix de la personne recrutée.", "You choose where you work.")));
  const remote = loc?.remote;
  if (remote) {
    let s: string;
    if (remote.policy === "full") s = t("Poste en télétravail complet, depuis la France", "Fully remote position, from France");
    else if (remote.policy === "none") s = t("Pas de télétravail", "No remote work");
    else if (remote.policy === "occasional") s = t("Télétravail ponctuel possible", "Occasional remote work possible");
    else {
      const bits = [
        remote.daysPerWeek !== undefined ? t(`jusqu'à ${postingWords.number(remote.daysPerWeek, locale)} jour${remote.daysPerWeek >= 2 ? "s" : ""} par semaine`, `up to ${remote.daysPerWeek} day${remote.daysPerWeek === 1 ? "" : "s"} a week`) : "",
        remote.flexibleDays ? t("jours flexibles", "flexible days") : "",
        remote.afterOnboarding ? t("à l'issue de l'intégration", "after onboarding") : "",
      ].filter(Boolean);
      s = t("Télétravail partiel possible", "Partial remote work possible") + (bits.length ? `${colon}${bits.join(", ")}` : "");
    }
    if (remote.conditions) s += ` (${remote.conditions})`;
    cond.push(e(`${s}.`));
  }
  const travel = loc?.travel;
  if (travel) {
    const freq = { none: ["aucun", "none"], occasional: ["ponctuels", "occasional"], frequent: ["fréquents", "frequent"], daily: ["quotidiens", "daily"] } as const;
    const area = { local: ["locaux", "local"], departmental: ["dans le département", "within the département"], regional: ["dans la région", "within the region"], national: ["en France", "in France"], international: ["à l'international", "international"] } as const;
    const bits = [travel.frequency ? freq[travel.frequency][en ? 1 : 0] : "", travel.area ? area[travel.area][en ? 1 : 0] : "", travel.note ?? ""].filter(Boolean);
    cond.push(e(`${t("Déplacements", "Travel")}${colon}${bits.join(", ")}`));
  }
  const rep = posting.reporting;
  if (rep) {
    const bits = [
      rep.reportsTo ? t(`sous la responsabilité de : ${rep.reportsTo}`, `reports to: ${rep.reportsTo}`) : "",
      rep.team ? t(`équipe : ${rep.team}`, `team: ${rep.team}`) : "",
      rep.worksWith?.length ? t(`en lien avec : ${rep.worksWith.join(", ")}`, `works with: ${rep.worksWith.join(", ")}`) : "",
      rep.regularReports ? t("comptes rendus réguliers de l'activité", "regular activity reports") : "",
    ].filter(Boolean);
    if (bits.length) cond.push(e(`${t("Rattachement", "Reporting line")}${colon}${bits.join(" ; ")}`));
  }
  const d = posting.dates;
  if (d?.start) {
    const s = d.start;
    const when =
      s.label ??
      [s.asap ? t("dès que possible", "as soon as possible") : "", s.earliest ? t(`à partir de ${approximate(s.earliest, locale)}`, `from ${approximate(s.earliest, locale)}`) : "", s.latest ? t(`au plus tard ${approximate(s.latest, locale)}`, `at the latest ${approximate(s.latest, locale)}`) : "", s.oneOf ? postingWords.join(s.oneOf.map((o) => approximate(o, locale)), locale, "ou") : ""]
        .filter(Boolean)
        .join(", ");
    if (when) cond.push(e(`${t("Prise de poste", "Start")}${colon}${when}`));
  }
  if (d?.end) cond.push(e(`${t("Fin", "End")}${colon}${approximate(d.end, locale)}`));
  if (posting.positions !== undefined && posting.positions > 1) cond.push(e(t(`${posting.positions} postes à pourvoir`, `${posting.positions} positions`)));
  if (posting.benefits?.length) {
    const names = {
      "titres-restaurant": ["titres-restaurant", "meal vouchers"],
      mutuelle: ["mutuelle", "health insurance (mutuelle)"],
      prevoyance: ["prévoyance", "provident insurance"],
      transport: ["prise en charge des transports", "transport costs covered"],
      training: ["formation", "training"],
      "cheques-vacances": ["chèques-vacances", "holiday vouchers"],
      "thirteenth-month": ["13e mois", "13th month"],
      housing: ["logement", "housing"],
      equipment: ["équipement", "equipment"],
      other: ["autre", "other"],
    } as const;
    cond.push(e(`${t("Avantages", "Benefits")}${colon}${posting.benefits.map((b) => b.label ?? names[b.type][en ? 1 : 0]).join(" ; ")}`));
  }
  heading(t("Conditions", "Terms"));
  out.push(list(cond));

  const el = posting.eligibility;
  if (el) {
    heading(t("Qui peut postuler", "Who may apply"));
    if (el.note) out.push(paragraphs(el.note));
    out.push(list(el.anyOf.map((g) => e(postingWords.eligibilityGroup(g, locale)))));
  }

  const a = posting.application;
  if (a) {
    const items: string[] = [];
    for (const m of a.methods ?? []) {
      if (m.type === "email") items.push(e(m.address ? t(`Par e-mail : ${m.address}${m.subject ? ` (objet : ${m.subject})` : ""}`, `By e-mail: ${m.address}${m.subject ? ` (subject: ${m.subject})` : ""}`) : t("Par e-mail", "By e-mail")));
      if (m.type === "url") items.push(`${e(t("En ligne : ", "Online: "))}<a href="${e(m.url)}">${e(m.url)}</a>`);
      if (m.type === "post") items.push(e(t(`Par courrier : ${m.address}`, `By post: ${m.address}`)));
      if (m.type === "phone") items.push(e(t(`Par téléphone : ${m.number}`, `By phone: ${m.number}`)));
    }
    if (a.documents?.length) {
      const docs = {
        cv: ["CV", "CV"],
        "cover-letter": ["lettre de motivation", "cover letter"],
        proposal: ["proposition", "proposal"],
        quote: ["devis", "quote"],
        portfolio: ["portfolio", "portfolio"],
        references: ["références", "references"],
        diploma: ["diplôme", "diploma"],
        other: ["autre document", "other document"],
      } as const;
      const names = a.documents.map((doc) => {
        let s: string = doc.label ?? docs[doc.type][en ? 1 : 0];
        if (doc.maxPages !== undefined && !doc.label) s += t(` (${doc.maxPages} pages maximum)`, ` (${doc.maxPages} pages at most)`);
        if (doc.required === false) s += t(" (facultatif)", " (optional)");
        return s;
      });
      items.push(e(`${t("Documents à envoyer", "Documents to send")}${colon}${names.join(", ")}`));
    }
    if (a.deadline) {
      const date = postingWords.date(a.deadline.date, locale);
      items.push(e(a.deadline.inclusive ? t(`Date limite de candidature : ${date} inclus`, `Apply by ${date} (included)`) : t(`Candidatures avant le ${date}`, `Apply before ${date}`)));
    }
    if (a.contact) {
      const who = [a.contact.role, a.contact.name, a.contact.phone].filter(Boolean).join(", ");
      if (who) items.push(e(`${t("Contact", "Contact")}${colon}${who}`));
    }
    if (a.reference) items.push(e(`${t("Référence à rappeler", "Reference")}${colon}${a.reference}`));
    for (const s of a.selection ?? []) {
      items.push(e(s.label ?? [s.type, s.with?.join(", "), s.place, s.when ? approximate(s.when, locale) : ""].filter(Boolean).join(" – ")));
    }
    if (a.note) items.push(e(a.note));
    if (items.length) {
      heading(t("Candidature", "How to apply"));
      out.push(list(items));
    }
  }
  return out.join("");
}
