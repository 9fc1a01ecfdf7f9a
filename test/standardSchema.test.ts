import type { StandardSchemaV1 } from "@standard-schema/spec";
import { initTRPC, TRPCError } from "@trpc/server";
import { describe, expect, expectTypeOf, it } from "vitest";
import { jobPostingStandardSchema, type JobPosting } from "../src/index.js";

const minimal = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-05-02" } };

/** How a Standard Schema consumer calls any schema: through the specification's types only. */
async function standardValidate<S extends StandardSchemaV1>(schema: S, value: unknown): Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<S>>> {
  return schema["~standard"].validate(value);
}

describe("jobPostingStandardSchema (Standard Schema with the library's messages)", () => {
  it("is a Standard Schema v1 whose output type is JobPosting", () => {
    const schema = jobPostingStandardSchema();
    expectTypeOf(schema).toExtend<StandardSchemaV1<unknown, JobPosting>>();
    expect(schema["~standard"]).toMatchObject({ version: 1, vendor: "ess-jobs" });
  });

  it("gives the library's French messages, paths and codes (English on request); a valid posting is returned", async () => {
    const fr = await standardValidate(jobPostingStandardSchema(), { ...minimal, contracts: [{ type: "interim" }], salary: 1 });
    expect(fr.issues).toEqual([
      { code: "structure/invalid-discriminator", path: ["contracts", 0, "type"], message: expect.stringMatching(/^Valeur de « type » inconnue/) },
      { code: "structure/unknown-key", path: ["salary"], message: "Champ inconnu « salary » : il n'existe pas dans le schéma ; vouliez-vous dire « pay » ?" },
    ]);
    const en = await standardValidate(jobPostingStandardSchema({ locale: "en" }), { ...minimal, title: undefined });
    expect(en.issues).toEqual([{ code: "structure/required", path: ["title"], message: 'The field "title" is required.' }]);
    const ok = await standardValidate(jobPostingStandardSchema(), minimal);
    expect(ok).toEqual({ value: minimal });
  });

  it("refuses on a rule's error, not on its warnings", async () => {
    const inverted = { ...minimal, pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } } };
    const r = await standardValidate(jobPostingStandardSchema(), inverted);
    expect(r.issues?.map((i) => (i as { code?: string }).code)).toEqual(["range/min-above-max"]);
    expect((await standardValidate(jobPostingStandardSchema({ rules: false }), inverted)).issues).toBeUndefined();
  });

  it("as a tRPC procedure's input: tRPC refuses with BAD_REQUEST and the library's issues, and passes the posting on", async () => {
    const t = initTRPC.create();
    const router = t.router({ publish: t.procedure.input(jobPostingStandardSchema()).mutation(({ input }) => `publiée : ${input.title}`) });
    const caller = t.createCallerFactory(router)({});
    await expect(caller.publish(minimal)).resolves.toBe("publiée : Animateur·rice");
    const error = await caller.publish({ ...minimal, organisation: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(((error as TRPCError).cause as unknown as { issues: unknown[] }).issues).toEqual([{ code: "structure/required", path: ["organisation", "name"], message: "Le champ « name » est obligatoire." }]);
  });
});
