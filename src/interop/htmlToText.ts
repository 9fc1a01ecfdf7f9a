const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", eacute: "é", egrave: "è", ecirc: "ê", euml: "ë",
  agrave: "à", acirc: "â", auml: "ä", ccedil: "ç", icirc: "î", iuml: "ï", ocirc: "ô", ouml: "ö", ugrave: "ù", ucirc: "û",
  uuml: "ü", Eacute: "É", Egrave: "È", Ecirc: "Ê", Agrave: "À", Acirc: "Â", Ccedil: "Ç", Icirc: "Î", Ocirc: "Ô", Ucirc: "Û",
  oelig: "œ", OElig: "Œ", aelig: "æ", laquo: "«", raquo: "»", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…",
  ndash: "–", mdash: "—", euro: "€", middot: "·", bull: "•", deg: "°", copy: "©", reg: "®", times: "×", shy: "",
};

/** Decodes the character references of HTML text: named (the common ones), decimal and hexadecimal. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * The text of an HTML fragment, as a posting's description keeps it: paragraphs (`<p>`, headings,
 * `<div>`) separated by a blank line, `<br>` a line break, list items as `- ` lines (indented two
 * spaces per level of nesting), scripts and styles dropped, character references decoded, spaces
 * collapsed. Text without tags comes back trimmed, its line breaks kept. Linear in the input.
 * @internal
 *
 * @example
 * ```ts
 * htmlToText("<p>Missions&nbsp;:</p><ul><li>Accueil<ul><li>du public</li></ul></li></ul>");
 * // "Missions\u00a0:\n\n- Accueil\n  - du public"
 * ```
 */
export function htmlToText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return decode(html).replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").trim();
  const out: string[] = [];
  let line = "";
  let depth = 0;
  const flush = (blank: boolean) => {
    const t = line.replace(/[ \t\u00a0]+$/g, "");
    if (t.trim().length > 0) out.push(t);
    line = "";
    if (blank && out.length > 0 && out[out.length - 1] !== "") out.push("");
  };
  const cleaned = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ").replace(/<!--[\s\S]*?-->/g, " ");
  const re = /<\/?([a-z][a-z0-9]*)\b[^>]*>|([^<]+)|</gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cleaned)) !== null) {
    if (m[2] !== undefined || m[0] === "<") {
      const text = decode(m[2] ?? "<").replace(/\s+/g, " ");
      if (line.trim().length === 0 && !/^\s*- /.test(line)) line += text.replace(/^ /, "");
      else line += text;
      continue;
    }
    const tag = m[1]!.toLowerCase();
    const closing = m[0][1] === "/";
    if (tag === "br") flush(false);
    else if (tag === "ul" || tag === "ol") {
      flush(depth === 0 && !closing);
      depth = Math.max(0, depth + (closing ? -1 : 1));
      if (closing && depth === 0) flush(true);
    } else if (tag === "li") {
      flush(false);
      if (!closing) line = `${"  ".repeat(Math.max(0, depth - 1))}- `;
    } else if (/^(p|div|h[1-6]|section|article|header|footer|blockquote|table|tr)$/.test(tag)) flush(true);
  }
  flush(false);
  while (out[out.length - 1] === "") out.pop();
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
