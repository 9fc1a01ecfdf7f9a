// Writes schemas/*.json from the zod schema. `--check` exits 1 when the committed files differ.
import { buildJsonSchemas } from "./buildJsonSchemas.js";
import { writeGenerated } from "./writeGenerated.js";

writeGenerated(buildJsonSchemas(), "npm run generate:schemas");
