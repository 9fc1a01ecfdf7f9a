// TypeDoc plugin (typedoc.json "plugin"): shows each exported zod schema `XSchema` as `ZodType<X>`
// (valibot: `GenericSchema<X>`), linked to the documented type `X`, instead of the schema's inferred
// type expanded field by field (thousands of anonymous nested members, unreadable and undocumentable).
// The field documentation lives on the types of src/generated/types.ts, which test/types/ proves equal
// to the schemas' output.
import { Converter, ReferenceType, ReflectionKind, makeRecursiveVisitor } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const variables = project.getReflectionsByKind(ReflectionKind.Variable);
    for (const variable of variables) {
      const type = variable.type;
      if (!(type instanceof ReferenceType) || (type.package !== "zod" && type.package !== "valibot")) continue;
      // Drop the anonymous reflections zod's type arguments produced.
      const nested = [];
      type.visit(makeRecursiveVisitor({ reflection: (t) => void nested.push(t.declaration) }));
      for (const declaration of nested) project.removeReflection(declaration);
      const outputName = variable.name.replace(/Schema$/, "");
      const isType = (c) => c.name === outputName && c.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Interface);
      // The type of the same name in the schema's own module, else in another entry point's.
      const target =
        outputName === variable.name
          ? undefined
          : (variable.parent?.children?.find(isType) ?? project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface).find(isType));
      const generic = type.package === "zod" ? "ZodType" : "GenericSchema";
      const zodType = ReferenceType.createBrokenReference(target ? generic : type.name, project, type.package);
      if (target) zodType.typeArguments = [ReferenceType.createResolvedReference(target.name, target, project)];
      variable.type = zodType;
    }
  });
}
