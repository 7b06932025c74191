/** English strings of the self-assessment screen (same keys as assessment-self.vi.ts). */
import type { assessmentSelfVi } from './assessment-self.vi';

export const assessmentSelfEn: typeof assessmentSelfVi = {
  title: 'Self-assessment',
  windowLabel: 'Self-assessment window: {{from}} – {{to}}',
  windowClosed:
    'Outside the self-assessment window, or the round is not in self-assessment: read only.',
  submittedReadOnly:
    'The unit submitted its self-assessment at {{at}}; its leader withdraws it to edit.',
  status: {
    not_started: 'Not started',
    in_progress: 'In progress',
    submitted: 'Submitted',
  },
  completion: {
    label: 'Self-scoring progress',
    detail:
      'Scored {{scored}}/{{applicable}} criteria · with evidence {{withEvidence}} · explained {{explained}}/{{needingExplanation}}',
  },
  save: {
    idle: 'Saved automatically as you type',
    saving: 'Saving…',
    savedAt: 'Saved at {{time}}',
    conflict: 'Someone has just updated this criterion; reloaded.',
    failed: 'Not saved: {{message}}',
  },
  maxPoints: 'Maximum: {{points}}',
  score: 'Self-score: {{score}}',
  notScored: 'Not scored',
  rate: 'Rate {{rate}}%',
  survey: 'Scored by the sociological survey; units do not score it themselves.',
  notApplicableArea: 'Does not apply to the unit in this round.',
  notApplicable: 'Not applicable',
  input: {
    achieved: 'Achieved',
    notAchieved: 'Not achieved',
    tier: 'Choose a level',
    numerator: 'Numerator',
    denominator: 'Denominator',
    events: 'Violations',
    points: 'Points',
  },
  evidence: {
    title: 'Evidence',
    asked: 'Required: {{text}}',
    none: 'No evidence yet.',
    upload: 'Upload a file',
    addDocument: 'Add a document',
    fromTask: 'Use evidence from tasks',
    remove: 'Remove',
    open: 'Open',
    zeroWithout: 'This criterion scores 0 without evidence.',
    kind: {
      file: 'File',
      document: 'Document',
      task_output: 'Task document',
      report_evidence: 'Report file',
    },
    fromTaskNote: 'From task: {{task}}',
  },
  document: {
    title: 'Add a document as evidence',
    number: 'Number and symbol',
    date: 'Date issued',
    issuer: 'Issuing body',
    pointer: 'Page/section',
    summary: 'Summary',
    save: 'Add',
  },
  proposals: {
    title: 'Evidence from this year’s tasks',
    empty: 'No task linked to this criterion is done with an accepted report yet.',
    use: 'Use',
    attached: 'In use',
    period: 'Report of {{period}}',
  },
  kpiProposal: {
    title: 'Proposed from dossier data',
    counts:
      '“{{kpi}}” {{months}}: {{numerator}} / {{denominator}} dossiers = {{value}}% → {{score}} points',
    valueOnly: '“{{kpi}}” {{months}}: {{value}}% → {{score}} points',
    fill: 'Fill in the proposed figures',
    filled: 'Figures from dossier data ({{from}} – {{to}})',
    none: 'No proposal: {{reason}}',
  },
  explanation: {
    label: 'Explanation (scored without evidence)',
    placeholder: 'Why there is no evidence yet…',
  },
  notes: {
    difficulties: 'Difficulties',
    recommendations: 'Recommendations',
  },
  submit: 'Submit the self-assessment',
  submitted: 'Self-assessment submitted.',
  withdraw: 'Withdraw to edit',
  withdrawn: 'Self-assessment withdrawn; the unit may edit it again.',
};
