// How much a scope or audience lets a token do, for the catalog and the preset picker.
export const RISK_GRADES = ['low', 'medium', 'high'] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];
