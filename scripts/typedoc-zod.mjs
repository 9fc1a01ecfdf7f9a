// TypeDoc plugin (typedoc.json "plugin"):
// - each exported zod (or valibot) schema shows its real type, abridged to a few levels
//   (`ZodObject<{ title: ZodString; organisation: ZodObject<…>; … }, $strict>`, so that `.extend`,
//   `.pick` and the like are known to be there), instead of thousands of anonymous nested members, and
//   says what it parses to with a link to the documented type (`JobPosting`), whose fields are documented
//   in src/generated/types.ts (test/types/ proves the two equal);
// - every export is put in a category by the folder of the module that declares it (schema, validation,
//   rules, pay, agreements, parameters, eligibility, interop, CLI, valibot), with no tag in the sources;
// - the home page shows the title once: the README's own `# ess-jobs` heading is dropped, as TypeDoc
//   prints the project's name above it.
import { Comment, CommentTag, Converter, ReferenceType, ReflectionKind, ReflectionType, UnknownType, makeRecursiveVisitor } from "typedoc";

/** How many levels of type arguments and object members a schema's type shows. */
const DEPTH = 3;

/** A zod or valibot type as text, abridged below `DEPTH` levels. */
function abridged(type, depth = 0) {
  if (type instanceof ReferenceType) {
    const args = type.typeArguments ?? [];
    if (args.length === 0) return type.name;
    return depth >= DEPTH ? `${type.name}<…>` : `${type.name}<${args.map((a) => abridged(a, depth + 1)).join(", ")}>`;
  }
  if (type instanceof ReflectionType) {
    const members = type.declaration.children ?? [];
    if (members.length === 0) return "{}";
    if (depth >= DEPTH) return "{ … }";
    return `{ ${members.map((m) => `${/^[A-Za-z_$][\w$]*$/.test(m.name) ? m.name : JSON.stringify(m.name)}${m.flags.isOptional ? "?" : ""}: ${m.type ? abridged(m.type, depth + 1) : "unknown"}`).join("; ")} }`;
  }
  if (type?.type === "union") return type.types.map((t) => abridged(t, depth)).join(" | ");
  if (type?.type === "tuple") return depth >= DEPTH ? "[…]" : `[${type.elements.map((t) => abridged(t, depth + 1)).join(", ")}]`;
  const text = String(type ?? "unknown");
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The category of a module by its path: src/pay/formatEuros.ts → "Pay"; schema files → "Schema". */
function categoryOf(path) {
  const p = path.replace(/\\/g, "/");
  if (/\/[A-Za-z]+Schema\.ts$/.test(p) || p.includes("/generated/")) return "Schema";
  const folder = /src\/([^/]+)\//.exec(p)?.[1];
  const byFolder = {
    validate: "Validation",
    organisation: "Validation",
    rules: "Rules",
    pay: "Pay",
    agreement: "Agreements",
    parameters: "Parameters",
    eligibility: "Eligibility",
    interop: "Interop",
    cli: "CLI",
    valibot: "Valibot",
    dates: "Schema",
    text: "Schema",
  };
  return byFolder[folder] ?? "Other";
}

/** Adds `@category name` to a reflection's comment (or its first signature's), unless it has one. */
function categorise(reflection, name) {
  const signature = reflection.signatures?.[0];
  const comment = reflection.comment ?? signature?.comment ?? (reflection.comment = new Comment());
  if (comment.blockTags.some((t) => t.tag === "@category")) return;
  comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: name }]));
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  // A schema declared with its named zod type (`DurationSchema: DurationSchemaType`, an interface that
  // only names `typeof` the schema, so that declarations refer to it instead of repeating its shape)
  // shows the zod type that interface extends, and the interface itself is left out.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Variable) || !(reflection.type instanceof ReferenceType) || reflection.type.name !== `${reflection.name}Type`) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const named = symbol && context.checker.getTypeOfSymbol(symbol);
    const base = named?.isClassOrInterface() ? context.checker.getBaseTypes(named)[0] : undefined;
    if (base) reflection.type = context.converter.convertType(context, base);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const named of project.getReflectionsByKind(ReflectionKind.Interface)) {
      if (named.name.endsWith("SchemaType") && project.getReflectionsByKind(ReflectionKind.Variable).some((v) => `${v.name}Type` === named.name)) project.removeReflection(named);
    }
    for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
      const type = variable.type;
      if (!(type instanceof ReferenceType) || (type.package !== "zod" && type.package !== "valibot")) continue;
      const text = abridged(type);
      // Drop the anonymous reflections zod's type arguments produced.
      const nested = [];
      type.visit(makeRecursiveVisitor({ reflection: (t) => void nested.push(t.declaration) }));
      for (const declaration of nested) project.removeReflection(declaration);
      variable.type = new UnknownType(text);
      const outputName = variable.name.replace(/Schema$/, "");
      const isType = (c) => c.name === outputName && c.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Interface);
      // The type of the same name in the schema's own module, else in another entry point's.
      const target =
        outputName === variable.name
          ? undefined
          : (variable.parent?.children?.find(isType) ?? project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface).find(isType));
      if (target && variable.comment) {
        variable.comment.summary.push(
          { kind: "text", text: "\n\nParses to " },
          { kind: "inline-tag", tag: "@link", text: target.name, target },
          { kind: "text", text: "." },
        );
      }
    }
    for (const reflection of project.getReflectionsByKind(ReflectionKind.SomeExport)) {
      const path = project.getSymbolIdFromReflection(reflection)?.packagePath;
      if (path) categorise(reflection, categoryOf(path));
    }
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const readme = context.project.readme;
    const first = readme?.[0];
    const heading = `# ${context.project.name}\n`;
    if (first?.kind === "text" && first.text.startsWith(heading)) readme[0] = { ...first, text: first.text.slice(heading.length).replace(/^\n+/, "") };
  });
}
