/** What makes two target figures the same figure, for comparing a page model's with the assessment's. */
export const figureKey = (f: { id: string; numerator: number; denominator: number; missing: number }) => [f.id, f.numerator, f.denominator, f.missing];
