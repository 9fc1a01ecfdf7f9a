/**
 * Turns a glob pattern into a regular expression over `/`-separated paths: `*` matches within a
 * segment, `**` across segments, `?` one character, `{a,b}` alternatives, `[...]` a class.
 * @internal
 */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      inGroup = true;
      re += "(?:";
    } else if (c === "}" && inGroup) {
      inGroup = false;
      re += ")";
    } else if (c === "," && inGroup) re += "|";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += "[" + glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Whether a command-line argument is a glob pattern rather than a path. @internal */
export const isGlob = (arg: string): boolean => /[*?[{]/.test(arg);
