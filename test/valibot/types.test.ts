import type * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as zodFlavour from "../../src/index.js";
import type * as valibotFlavour from "../../src/valibot/index.js";

// These are checked by the type checker (`npm run typecheck`, part of `npm test`): vitest's
// expectTypeOf does nothing at run time. `toEqualTypeOf` is a strict, two-way type equality.

type ZodOut<K extends keyof typeof zodFlavour> = (typeof zodFlavour)[K] extends z.ZodType ? z.output<(typeof zodFlavour)[K]> : never;
type ValibotOut<K extends keyof typeof valibotFlavour> = (typeof valibotFlavour)[K] extends v.GenericSchema ? v.InferOutput<(typeof valibotFlavour)[K]> : never;

describe("the inferred output types of both flavours", () => {
  it("are the same for the posting", () => {
    expectTypeOf<ValibotOut<"JobPostingSchema">>().toEqualTypeOf<ZodOut<"JobPostingSchema">>();
    expectTypeOf<valibotFlavour.JobPosting>().toEqualTypeOf<zodFlavour.JobPosting>();
    // The exported type is the generated interface: it must equal what valibot infers.
    expectTypeOf<ValibotOut<"JobPostingSchema">>().toEqualTypeOf<valibotFlavour.JobPosting>();
    expectTypeOf<NonNullable<valibotFlavour.ValidationResult["posting"]>>().toEqualTypeOf<NonNullable<zodFlavour.ValidationResult["posting"]>>();
  });

  it("are the same for the parts", () => {
    expectTypeOf<ValibotOut<"OrganisationSchema">>().toEqualTypeOf<ZodOut<"OrganisationSchema">>();
    expectTypeOf<ValibotOut<"ContractSchema">>().toEqualTypeOf<ZodOut<"ContractSchema">>();
    expectTypeOf<ValibotOut<"PaySchema">>().toEqualTypeOf<ZodOut<"PaySchema">>();
    expectTypeOf<ValibotOut<"EligibilitySchema">>().toEqualTypeOf<ZodOut<"EligibilitySchema">>();
    expectTypeOf<ValibotOut<"ApplicationSchema">>().toEqualTypeOf<ZodOut<"ApplicationSchema">>();
    expectTypeOf<ValibotOut<"ContentSchema">>().toEqualTypeOf<ZodOut<"ContentSchema">>();
    expectTypeOf<ValibotOut<"TaskSchema">>().toEqualTypeOf<ZodOut<"TaskSchema">>();
    expectTypeOf<ValibotOut<"PostingDatesSchema">>().toEqualTypeOf<ZodOut<"PostingDatesSchema">>();
    expectTypeOf<ValibotOut<"RequirementsSchema">>().toEqualTypeOf<ZodOut<"RequirementsSchema">>();
  });

  it("are real types, not never or any", () => {
    expectTypeOf<ZodOut<"JobPostingSchema">>().not.toBeNever();
    expectTypeOf<ZodOut<"JobPostingSchema">>().not.toBeAny();
    expectTypeOf<ZodOut<"TaskSchema">>().not.toBeNever();
    expectTypeOf<ZodOut<"ContractSchema">["type"]>().toEqualTypeOf<
      "cdi" | "cdd" | "insertion" | "apprentissage" | "professionnalisation" | "alternance" | "stage" | "service-civique" | "freelance" | "benevolat"
    >();
    expectTypeOf<ValibotOut<"TaskSchema">>().toEqualTypeOf<zodFlavour.Task>();
  });

  it("would differ on any difference (the checks are not vacuous)", () => {
    type Posting = ZodOut<"JobPostingSchema">;
    // An extra optional field.
    // @ts-expect-error the types differ
    expectTypeOf<ValibotOut<"JobPostingSchema">>().toEqualTypeOf<Posting & { salary?: number }>();
    // A required field made optional.
    // @ts-expect-error the types differ
    expectTypeOf<ValibotOut<"JobPostingSchema">>().toEqualTypeOf<Omit<Posting, "title"> & { title?: string }>();
    // A literal widened to string, deep inside.
    // @ts-expect-error the types differ
    expectTypeOf<ValibotOut<"PaySchema">>().toEqualTypeOf<Omit<ZodOut<"PaySchema">, "amount"> & { amount?: { currency: string; period: string } }>();
    // `any` does not pass for the posting either.
    // @ts-expect-error the types differ
    expectTypeOf<ValibotOut<"JobPostingSchema">>().toEqualTypeOf<any>();
  });
});
