/** Enums of risk analyses and risks (DOMAIN §5) with their sv/en labels; codes are API values. */
export const analysisSubjects = ['object', 'system', 'process', 'org_unit'] as const;
export type AnalysisSubject = (typeof analysisSubjects)[number];

export const analysisSubjectLabels: Record<AnalysisSubject, { sv: string; en: string }> = {
  object: { sv: 'Förvaltningsobjekt', en: 'Managed object' },
  system: { sv: 'System', en: 'System' },
  process: { sv: 'Process', en: 'Process' },
  org_unit: { sv: 'Organisationsenhet', en: 'Org unit' },
};

export const analysisStatuses = ['planned', 'in_progress', 'done', 'approved'] as const;
export type AnalysisStatus = (typeof analysisStatuses)[number];

export const analysisStatusLabels: Record<AnalysisStatus, { sv: string; en: string }> = {
  planned: { sv: 'Planerad', en: 'Planned' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Klar', en: 'Done' },
  approved: { sv: 'Fastställd', en: 'Approved' },
};

/** The flow moves one step at a time; an approved analysis can be reopened for revision. */
export const analysisTransitions: Record<AnalysisStatus, readonly AnalysisStatus[]> = {
  planned: ['in_progress'],
  in_progress: ['done', 'planned'],
  done: ['approved', 'in_progress'],
  approved: ['in_progress'],
};

/** Why an analysis must be redone before its yearly date. */
export const analysisTriggers = ['new_integration', 'procurement', 'major_incident'] as const;
export type AnalysisTrigger = (typeof analysisTriggers)[number];

export const analysisTriggerLabels: Record<AnalysisTrigger, { sv: string; en: string }> = {
  new_integration: { sv: 'Ny integration', en: 'New integration' },
  procurement: { sv: 'Upphandling', en: 'Procurement' },
  major_incident: { sv: 'Allvarlig incident', en: 'Major incident' },
};

export const treatments = ['accept', 'avoid', 'transfer', 'reduce'] as const;
export type Treatment = (typeof treatments)[number];

export const treatmentLabels: Record<Treatment, { sv: string; en: string }> = {
  accept: { sv: 'Acceptera', en: 'Accept' },
  avoid: { sv: 'Undvika', en: 'Avoid' },
  transfer: { sv: 'Överföra', en: 'Transfer' },
  reduce: { sv: 'Reducera', en: 'Reduce' },
};

/** Where a risk stands: identified, being treated, accepted (until it expires) or closed. */
export const riskStatuses = ['open', 'in_treatment', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof riskStatuses)[number];

export const riskStatusLabels: Record<RiskStatus, { sv: string; en: string }> = {
  open: { sv: 'Öppen', en: 'Open' },
  in_treatment: { sv: 'Under behandling', en: 'In treatment' },
  accepted: { sv: 'Accepterad', en: 'Accepted' },
  closed: { sv: 'Stängd', en: 'Closed' },
};
