import { expect, it } from "vitest";
import { jobMatches } from "../../src/agreement/model/jobMatches.js";

it("names a métier whatever the accents, case, gender and surrounding words", () => {
  expect(jobMatches("Éducateur spécialisé", "Educatrice spécialisée (H/F) en MECS")).toBe(true);
  expect(jobMatches("Intervenant social et éducatif", "Intervenante sociale et éducative")).toBe(true);
  expect(jobMatches("Coordinateur", "Coordinatrice de projets")).toBe(true);
  expect(jobMatches("Assistant technique", "Assistante technique")).toBe(true);
  expect(jobMatches("Moniteur-éducateur", "moniteur éducateur")).toBe(true);
});

it("does not match a métier whose words are not all there, in order", () => {
  expect(jobMatches("Éducateur spécialisé", "Éducateur de jeunes enfants")).toBe(false);
  expect(jobMatches("Éducateur de jeunes enfants", "éducateur spécialisé")).toBe(false);
  expect(jobMatches("Directeur", "Directrice adjointe")).toBe(true);
  expect(jobMatches("Agent de bureau", "Agent de service intérieur")).toBe(false);
  expect(jobMatches("Comptable", "")).toBe(false);
});
