import { formatEuros } from "../../pay/formatEuros.js";
import type { PayAmount } from "../../pay/PayAmountSchema.js";

/**
 * Why a parsed `salaire.libelle` amount cannot be a salary as stated, `[fr, en]`, or `undefined`: a
 * monthly figure under 100 € ("Mensuel de 11,88 Euros à 14,00 Euros", an hourly rate typed into the
 * monthly form) or a yearly one under 1 000 € ("Annuel de 40,00 Euros à 45,00 Euros", thousands of
 * euros). The probable reading goes in the message only: the amount itself is not kept.
 */
export function implausibleAmount(amount: PayAmount | undefined, libelle: string): [string, string] | undefined {
  if (!amount || (amount.period !== "month" && amount.period !== "year")) return undefined;
  const figures = [amount.value, amount.min, amount.max].filter((n): n is number => n !== undefined);
  const monthly = amount.period === "month";
  const floor = monthly ? 100 : 1000;
  if (figures.length === 0 || !figures.some((n) => n < floor)) return undefined;
  const lo = Math.min(...figures);
  const hi = Math.max(...figures);
  const range = (k: number, locale: "fr" | "en") => {
    const f = (n: number) => formatEuros(n * k, { locale });
    if (locale === "en") return lo === hi ? `€${f(lo)}` : `€${f(lo)} to €${f(hi)}`;
    return lo === hi ? `${f(lo)} €` : `${f(lo)} à ${f(hi)} €`;
  };
  const head: [string, string] = monthly
    ? [`Montant mensuel invraisemblable (moins de 100 €) dans « ${libelle} » : gardé comme texte, sans montant.`, `Implausible monthly amount (under €100) in "${libelle}": kept as text, with no amount.`]
    : [`Montant annuel invraisemblable (moins de 1 000 €) dans « ${libelle} » : gardé comme texte, sans montant.`, `Implausible yearly amount (under €1,000) in "${libelle}": kept as text, with no amount.`];
  // The probable reading, when there is one: an hourly rate (a figure of hourly size), thousands of euros.
  const hint: [string, string] | undefined = monthly
    ? hi <= 50
      ? [`Sans doute un taux horaire (${range(1, "fr")} de l'heure), à vérifier auprès de l'employeur.`, `Probably an hourly rate (${range(1, "en")} an hour), to be checked with the employer.`]
      : undefined
    : hi < 300
      ? [`Sans doute des milliers d'euros (${range(1000, "fr")} par an), à vérifier auprès de l'employeur.`, `Probably thousands of euros (${range(1000, "en")} a year), to be checked with the employer.`]
      : undefined;
  return hint ? [`${head[0]} ${hint[0]}`, `${head[1]} ${hint[1]}`] : head;
}
