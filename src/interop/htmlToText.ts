import { INPUT_CAPS } from "./INPUT_CAPS.js";

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", eacute: "é", egrave: "è", ecirc: "ê", euml: "ë",
  agrave: "à", acirc: "â", auml: "ä", ccedil: "ç", icirc: "î", iuml: "ï", ocirc: "ô", ouml: "ö", ugrave: "ù", ucirc: "û",
  uuml: "ü", Eacute: "É", Egrave: "È", Ecirc: "Ê", Agrave: "À", Acirc: "Â", Ccedil: "Ç", Icirc: "Î", Ocirc: "Ô", Ucirc: "Û",
  oelig: "œ", OElig: "Œ", aelig: "æ", laquo: "«", raquo: "»", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…",
  ndash: "–", mdash: "—", euro: "€", middot: "·", bull: "•", deg: "°", copy: "©", reg: "®", times: "×", shy: "",
};

/** Decodes the character references of HTML text: named (the common ones), decimal and hexadecimal. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Whether a text holds HTML markup (a tag, once its entities are decoded: "&lt;p&gt;" is escaped HTML). */
export function looksLikeHtml(text: string): boolean {
  return /<[a-z!/]/i.test(text);
}

/** Lists nested deeper than this are indented as this deep (deeper indentation would grow with the square of the input). */
const MAX_INDENT = 8;
const BLOCK_TAGS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "table", "tr"]);
const TAG_START = /<(\/?)([a-z][a-z0-9]*)/iy;

/** The text without its trailing spaces, tabs and no-break spaces (a loop: `/[ \t]+$/` is quadratic on long runs of spaces). */
function trimEndSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === " " || s[end - 1] === "\t" || s[end - 1] === "\u00a0")) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Text without tags: entities decoded, line breaks normalised, each line's trailing spaces dropped. */
function plainText(text: string): string {
  return decodeEntities(text)
    .split(/\r\n?|\n/)
    .map(trimEndSpaces)
    .join("\n")
    .trim();
}

/**
 * The text of an HTML fragment, as a posting's description keeps it: paragraphs (`<p>`, headings,
 * `<div>`) separated by a blank line, `<br>` a line break, list items as `- ` lines (indented two
 * spaces per level of nesting, up to 8 levels), scripts, styles and comments dropped, character
 * references decoded, spaces collapsed. Text without tags comes back trimmed, its line breaks kept.
 * HTML that was escaped once ("&lt;p&gt;Texte&lt;/p&gt;", as some sites publish their JSON-LD) is
 * read as HTML.
 *
 * Linear in the input: a single left-to-right scan, no pattern that looks ahead further than the
 * next `<` or `>`; only the first `cap` characters (`INPUT_CAPS.html` by default) are read.
 * @internal
 *
 * @example
 * ```ts
 * htmlToText("<p>Missions&nbsp;:</p><ul><li>Accueil<ul><li>du public</li></ul></li></ul>");
 * // "Missions\u00a0:\n\n- Accueil\n  - du public"
 * ```
 */
export function htmlToText(html: string, cap: number = INPUT_CAPS.html): string {
  let input = html.length > cap ? html.slice(0, cap) : html;
  if (!looksLikeHtml(input)) {
    // Escaped once: "&lt;p&gt;…" decodes to HTML.
    if (!/&lt;\/?[a-z]/i.test(input)) return plainText(input);
    input = decodeEntities(input);
  }
  const out: string[] = [];
  let line = "";
  let lineHasContent = false;
  let lineEndsWithSpace = false; // tracked: reading the end of a string being built flattens it each time
  let depth = 0;
  const flush = (blank: boolean) => {
    const t = trimEndSpaces(line);
    if (lineHasContent && t.length > 0) out.push(t);
    line = "";
    lineHasContent = false;
    lineEndsWithSpace = false;
    if (blank && out.length > 0 && out[out.length - 1] !== "") out.push("");
  };
  const append = (raw: string) => {
    let text = decodeEntities(raw).replace(/\s+/g, " ");
    if (!lineHasContent || lineEndsWithSpace) text = text.replace(/^ /, "");
    if (text.length === 0) return;
    line += text;
    lineEndsWithSpace = text.endsWith(" ");
    if (text !== " ") lineHasContent = true;
  };
  const closing = /<\/(script|style)\s*>/gi;
  let nextGt = -1; // the position of the next ">" at or after the scan, cached so that "<a<a<a…" stays linear
  let i = 0;
  while (i < input.length) {
    const lt = input.indexOf("<", i);
    if (lt === -1) {
      append(input.slice(i));
      break;
    }
    if (lt > i) append(input.slice(i, lt));
    i = lt;
    if (input.startsWith("<!--", i)) {
      const end = input.indexOf("-->", i + 4);
      if (end === -1) break; // an unclosed comment hides the rest
      i = end + 3;
      continue;
    }
    TAG_START.lastIndex = i;
    const m = TAG_START.exec(input);
    if (nextGt !== Number.POSITIVE_INFINITY && nextGt < i) {
      const gt = input.indexOf(">", i);
      nextGt = gt === -1 ? Number.POSITIVE_INFINITY : gt;
    }
    const nextLt = input.indexOf("<", i + 1);
    // A tag ends at the next ">" before any other "<"; otherwise the "<" is text.
    if (!m || nextGt === Number.POSITIVE_INFINITY || (nextLt !== -1 && nextLt < nextGt)) {
      append("<");
      i += 1;
      continue;
    }
    const tag = m[2]!.toLowerCase();
    const isClosing = m[1] === "/";
    i = nextGt + 1;
    if ((tag === "script" || tag === "style") && !isClosing) {
      closing.lastIndex = i;
      const end = closing.exec(input);
      if (!end) break; // an unclosed script hides the rest
      i = end.index + end[0].length;
      append(" ");
      continue;
    }
    if (tag === "br") flush(false);
    else if (tag === "ul" || tag === "ol") {
      flush(depth === 0 && !isClosing);
      depth = Math.max(0, depth + (isClosing ? -1 : 1));
      if (isClosing && depth === 0) flush(true);
    } else if (tag === "li") {
      flush(false);
      if (!isClosing) {
        line = `${"  ".repeat(Math.min(MAX_INDENT, Math.max(0, depth - 1)))}- `;
        lineHasContent = true;
        lineEndsWithSpace = true;
      }
    } else if (BLOCK_TAGS.has(tag)) flush(true);
  }
  flush(false);
  while (out[out.length - 1] === "") out.pop();
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
