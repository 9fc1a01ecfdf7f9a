// Writes src/generated/types.ts and test/types/typesMatchSchema.ts from the zod schema.
// `--check` exits 1 when the committed files differ from a fresh generation.
import { buildTypeEqualityCheck, buildTypes } from "./buildTypes.js";
import { writeGenerated } from "./writeGenerated.js";

writeGenerated({ "src/generated/types.ts": buildTypes().source, "test/types/typesMatchSchema.ts": buildTypeEqualityCheck() }, "npm run generate:types");
