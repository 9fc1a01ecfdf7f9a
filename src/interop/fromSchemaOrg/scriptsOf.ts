

/**
 * The JSON-LD blocks of an HTML page (`<script type="application/ld+json">`). Linear: an opening tag
 * ends at the next ">" before any "<", and each block's end is searched once, forward.
 */
export function scriptsOf(page: string): string[] {
  const blocks: string[] = [];
  const open = /<script\b([^<>]*)>/gi;
  const close = /<\/script\s*>/gi;
  let m: RegExpExecArray | null;
  while ((m = open.exec(page)) !== null) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(page);
    if (!end) break;
    if (/type\s*=\s*["']?application\/ld\+json/i.test(m[1]!)) blocks.push(page.slice(open.lastIndex, end.index));
    open.lastIndex = end.index + end[0].length;
  }
  return blocks;
}
