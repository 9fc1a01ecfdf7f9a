import type { Locale } from "../validate/Diagnostic.js";
import type { Contract, Duration, EligibilityCondition, EligibilityGroup, PublicScheme } from "../generated/types.js";

/**
 * Words and phrases the interoperability functions write, in French and English: contract and scheme
 * names, durations, dates, eligibility conditions. One object, so that the description and the
 * `additionalProperty` entries say the same thing.
 * @internal
 *
 * @example
 * ```ts
 * postingWords.contract({ type: "cdd", duration: { value: 12, unit: "month" } }, "fr"); // "CDD de 12 mois"
 * ```
 */
export const postingWords = {
  join(items: string[], locale: Locale, word: "et" | "ou" = "et"): string {
    const w = locale === "en" ? (word === "et" ? "and" : "or") : word;
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")} ${w} ${items[items.length - 1]}`;
  },

  number(n: number, locale: Locale): string {
    return locale === "en" ? String(n) : String(n).replace(".", ",");
  },

  duration(d: Duration, locale: Locale): string {
    const en = locale === "en";
    const units: Record<Duration["unit"], [string, string, string, string]> = {
      hour: ["heure", "heures", "hour", "hours"],
      day: ["jour", "jours", "day", "days"],
      week: ["semaine", "semaines", "week", "weeks"],
      month: ["mois", "mois", "month", "months"],
      year: ["an", "ans", "year", "years"],
    };
    const u = units[d.unit];
    const word = (n: number) => (en ? (n === 1 ? u[2] : u[3]) : n < 2 ? u[0] : u[1]);
    const n = (x: number) => postingWords.number(x, locale);
    let s: string;
    if (d.value !== undefined) s = `${n(d.value)} ${word(d.value)}`;
    else if (d.min !== undefined && d.max !== undefined) s = en ? `${n(d.min)} to ${n(d.max)} ${word(d.max)}` : `${n(d.min)} à ${n(d.max)} ${word(d.max)}`;
    else if (d.min !== undefined) s = en ? `at least ${n(d.min)} ${word(d.min)}` : `au moins ${n(d.min)} ${word(d.min)}`;
    else if (d.max !== undefined) s = en ? `at most ${n(d.max)} ${word(d.max)}` : `au plus ${n(d.max)} ${word(d.max)}`;
    else return "";
    if (d.approximate) s = (en ? "about " : "environ ") + s;
    if (d.extensionPossible) s += en ? ", extension possible" : ", prolongation possible";
    return s;
  },

  contract(c: Contract, locale: Locale): string {
    const en = locale === "en";
    let name: string;
    switch (c.type) {
      case "cdi":
        name = en ? "permanent contract (CDI)" : "CDI";
        break;
      case "cdd":
        name = en ? "fixed-term contract (CDD)" : "CDD";
        break;
      case "insertion": {
        const forms = {
          cddi: ["CDDI (contrat à durée déterminée d'insertion)", "insertion fixed-term contract (CDDI)"],
          ctti: ["CTTI (contrat de travail temporaire d'insertion)", "insertion temporary work contract (CTTI)"],
          "mise-a-disposition": ["mise à disposition par une association intermédiaire", "placement by an intermediary association"],
          "cdd-tremplin": ["CDD tremplin (entreprise adaptée)", "CDD tremplin (sheltered company)"],
        } as const;
        name = forms[c.form][en ? 1 : 0];
        break;
      }
      case "apprentissage":
        name = en ? "apprenticeship contract" : "contrat d'apprentissage";
        break;
      case "professionnalisation":
        name = en ? "professionalisation contract" : "contrat de professionnalisation";
        break;
      case "alternance":
        name = en ? "work-study contract (alternance: apprenticeship or professionalisation)" : "contrat en alternance (apprentissage ou professionnalisation)";
        break;
      case "stage":
        name = en ? "internship (stage)" : "stage";
        break;
      case "service-civique":
        name = en ? "service civique (civic volunteering)" : "engagement de service civique";
        break;
      case "freelance": {
        const status = {
          "micro-entrepreneur": ["micro-entrepreneur", "micro-entrepreneur"],
          independant: ["indépendant", "self-employed"],
          "portage-salarial": ["portage salarial", "umbrella company (portage salarial)"],
          any: ["", ""],
        } as const;
        const s = c.status ? status[c.status][en ? 1 : 0] : "";
        name = en ? `freelance mission${s ? ` (${s})` : ""}` : `mission en freelance${s ? ` (${s})` : ""}`;
        break;
      }
      case "benevolat":
        name = en ? "volunteering (bénévolat)" : "bénévolat";
        break;
    }
    const duration = "duration" in c && c.duration ? postingWords.duration(c.duration, locale) : "";
    return duration ? `${name} ${en ? "of" : "de"} ${duration}` : name;
  },

  scheme(s: PublicScheme, locale: Locale): string {
    const en = locale === "en";
    const names: Record<PublicScheme["type"], [string, string]> = {
      "emploi-tremplin": ["emploi tremplin", "emploi tremplin (regional youth scheme)"],
      pec: ["Parcours emploi compétences (PEC)", "Parcours emploi compétences (PEC, aided contract)"],
      "cui-cie": ["contrat unique d'insertion CUI-CIE", "CUI-CIE aided contract"],
      "adulte-relais": ["adulte-relais", "adulte-relais (State-funded community mediator)"],
      fonjep: ["poste FONJEP", "FONJEP post"],
      iae: ["insertion par l'activité économique (IAE)", "work integration (IAE)"],
      "emploi-avenir": ["emploi d'avenir", "emploi d'avenir (youth aided contract)"],
      other: ["autre dispositif", "other scheme"],
    };
    const base = names[s.type][en ? 1 : 0];
    return s.name && s.type === "other" ? s.name : base;
  },

  educationLevel(level: number, locale: Locale): string {
    const fr: Record<number, string> = { 3: "CAP/BEP", 4: "bac", 5: "bac+2", 6: "bac+3 ou bac+4", 7: "bac+5", 8: "doctorat" };
    const en: Record<number, string> = { 3: "CAP/BEP", 4: "baccalauréat", 5: "two years after the bac", 6: "bachelor's level", 7: "master's level", 8: "doctorate" };
    return locale === "en" ? `level ${level} (${en[level] ?? "?"})` : `niveau ${level} (${fr[level] ?? "?"})`;
  },

  condition(c: EligibilityCondition, locale: Locale): string {
    const en = locale === "en";
    const bodies = { "france-travail": "France Travail", "pole-emploi": "Pôle emploi", "mission-locale": en ? "a Mission locale" : "la Mission locale", "cap-emploi": "Cap emploi" } as const;
    switch (c.type) {
      case "age":
        if (c.min !== undefined && c.max !== undefined) return en ? `aged ${c.min} to ${c.max}` : `âgé·e de ${c.min} à ${c.max} ans`;
        if (c.min !== undefined) return en ? `aged ${c.min} or more` : `âgé·e d'au moins ${c.min} ans`;
        return en ? `aged ${c.max ?? "?"} or less` : `âgé·e de ${c.max ?? "?"} ans au plus`;
      case "education-level": {
        const parts: string[] = [];
        if (c.min !== undefined) parts.push(en ? `at least ${postingWords.educationLevel(c.min, locale)}` : `au moins de ${postingWords.educationLevel(c.min, locale)}`);
        if (c.max !== undefined) parts.push(en ? `at most ${postingWords.educationLevel(c.max, locale)}` : `au plus de ${postingWords.educationLevel(c.max, locale)}`);
        return (en ? "with a diploma " : "diplômé·e ") + parts.join(en ? " and " : " et ");
      }
      case "registered": {
        const list = postingWords.join(
          c.with.map((b) => bodies[b]),
          locale,
          "ou",
        );
        const months = c.minMonths !== undefined ? (en ? ` for at least ${c.minMonths} months` : ` depuis au moins ${c.minMonths} mois`) : "";
        return (en ? `registered with ${list}` : `inscrit·e à ${list}`) + months;
      }
      case "disability":
        return en ? "with a recognised disability" : "en situation de handicap reconnue";
      case "qpv-resident":
        return en ? "living in a priority neighbourhood (QPV)" : "résidant en quartier prioritaire de la politique de la ville (QPV)";
      case "student":
        return en ? "enrolled as a student" : "étudiant·e";
      case "benefit-recipient":
        return (en ? "receiving " : "bénéficiaire de ") + postingWords.join(c.benefits.map((b) => b.toUpperCase()), locale, "ou");
      case "jobseeker":
        return en ? "looking for work" : "demandeur·euse d'emploi";
      case "other":
        return c.label;
    }
  },

  eligibilityGroup(g: EligibilityGroup, locale: Locale): string {
    return g.label ?? postingWords.join(g.allOf.map((c) => postingWords.condition(c, locale)), locale, "et");
  },

  date(iso: string, locale: Locale): string {
    const monthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    const monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const [y, m, d] = iso.split("-");
    const months = locale === "en" ? monthsEn : monthsFr;
    const month = m ? months[Number(m) - 1] : undefined;
    if (!month) return y ?? iso;
    if (!d) return `${month} ${y}`;
    const day = Number(d);
    return locale === "en" ? `${day} ${month} ${y}` : `${day === 1 ? "1er" : day} ${month} ${y}`;
  },
};
