

/** A civility ("M.", "Mme", "Monsieur"…) opening a segment of a contact name: what follows is a person. */
export const CIVILITY = /^(m|mr|mme|mlle|monsieur|madame|mademoiselle)(\.\s*|\s+)/i;
