export const GROSS_RE = /\bbrut(?:e|s|es)?\b|\bgross\b/;
export const NET_RE = /\bnet(?:te|s|tes)?\b/;
export const HT_RE = /\bh\.? ?t\b|\bhors tax(?:e|es)?\b/;
export const TTC_RE = /\bt\.? ?t\.? ?c\b|\btoutes taxes comprises\b/;
export const APPROX_RE = /\benviron\b|\benv\b|~|≈|\bapproximativement\b|\baux alentours\b|\bautour de\b|\bde l'ordre de\b|\bapprox\b/;
export const MIN_BEFORE_RE =
  /(?:\ba partir d(?:e|')|\bdes|\bminimum(?: de)?|\bau moins|\bau minimum|\bmin\.?|\bplancher(?: de)?|\ba compter de|\bpas moins de) ?(?:d'|de )?(?:environ ?)?$/;
export const MAX_BEFORE_RE =
  /(?:\bjusqu'(?:a|au)|\bmaximum(?: de)?|\bau maximum|\bmax\.?|\bplafond(?:ne a| de)?|\bau plus|\bpas plus de) ?(?:d'|de )?(?:environ ?)?$/;
export const MIN_AFTER_RE = /^ ?(?:€|euros?)? ?(?:brut|net|bruts|nets)? ?(?:(?:minimum|min|au minimum|au moins|et plus)\b|et \+(?! ?\d))/;
export const MAX_AFTER_RE = /^ ?(?:€|euros?)? ?(?:brut|net|bruts|nets)? ?(?:maximum|max|au maximum|au plus)\b/;
