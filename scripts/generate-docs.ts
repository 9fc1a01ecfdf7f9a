// Writes the generated documentation pages. `--check` exits 1 when the committed files differ.
import { buildReferenceDocs } from "./buildReferenceDocs.js";
import { writeGenerated } from "./writeGenerated.js";

writeGenerated(buildReferenceDocs(), "npm run generate:docs");
