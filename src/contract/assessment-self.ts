/** Tự đánh giá (self-assessment) of one unit in a scoring round: the form, its entries, evidence, submission. */
import { z } from 'zod';
import { ASSESSMENT_EVIDENCE_KINDS } from '@domain/assessment/assessment-evidence';
import { ROUND_STATES } from '@domain/assessment/round-state';
import { UNIT_ASSESSMENT_STATUSES } from '@domain/assessment/unit-assessment-status';
import { NODE_LEVELS, SCORING_METHODS } from '@domain/frameworks/framework';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { TASK_STATUSES } from '@domain/plans/plan';
import { idSchema, isoDateSchema, isoInstantSchema, fileSchema } from './common';
import { defineEndpoint } from './endpoint';
import { scoringRuleSchema } from './frameworks';

export { computeSelfScore, selfInputTypeOf } from '@domain/assessment/self-score';
export { ROUND_STATE_LABELS, type RoundState } from '@domain/assessment/round-state';
export { UNIT_ASSESSMENT_STATUS_LABELS } from '@domain/assessment/unit-assessment-status';

const text = (max: number) => z.string().trim().max(max);

/** Dữ liệu tự chấm as exchanged: the rule's inputs (the domain's SelfScoringInput). */
export const selfScoringInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('binary'), achieved: z.boolean() }),
  z.object({ type: z.literal('tiered'), tier: text(500).min(1) }),
  z.object({
    type: z.literal('ratio'),
    numerator: z.number(),
    denominator: z.number(),
    /** Set when the counts were filled from the dossier data; the server checks them against it. */
    source: z
      .object({
        kind: z.literal('dossier_data'),
        kpiKey: z.string().max(50),
        from: z.string().regex(/^\d{4}-\d{2}$/),
        to: z.string().regex(/^\d{4}-\d{2}$/),
      })
      .optional(),
  }),
  z.object({ type: z.literal('deduction'), events: z.number() }),
  z.object({ type: z.literal('points'), points: z.number() }),
]);
/** One SelfScoringInput. */
export type SelfScoringInputDto = z.infer<typeof selfScoringInputSchema>;

/** Văn bản làm minh chứng: number, ISO date, issuer, where in it (trang/mục), what it says. */
export const evidenceDocumentSchema = z.object({
  number: text(200).min(1, { error: 'Nhập số, ký hiệu văn bản.' }),
  date: isoDateSchema.nullable(),
  issuer: text(500),
  pointer: text(500).default(''),
  summary: text(2000).default(''),
});

/** Tài liệu kiểm chứng của một tiêu chí, as listed under it. */
export const assessmentEvidenceSchema = z.object({
  id: idSchema,
  kind: z.enum(ASSESSMENT_EVIDENCE_KINDS),
  /** Set for a stored file (uploaded, or an accepted report's file): opened through the content URL. */
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  /** True for PDF and images: the content URL shows them in place (inline=true). */
  previewable: z.boolean(),
  document: z
    .object({
      number: z.string(),
      date: isoDateSchema.nullable(),
      issuer: z.string(),
      pointer: z.string(),
      summary: z.string(),
    })
    .nullable(),
  /** Nhiệm vụ nguồn: the task the evidence was carried from. */
  sourceTask: z.object({ id: idSchema, content: z.string() }).nullable(),
  createdAt: isoInstantSchema,
});
/** One evidence item. */
export type AssessmentEvidenceDto = z.infer<typeof assessmentEvidenceSchema>;

/** Điểm tự chấm của một tiêu chí, with its evidence and whether it still needs an explanation. */
export const selfEntrySchema = z.object({
  nodeCode: z.string(),
  input: selfScoringInputSchema.nullable(),
  /** What the input gives under the rule (before «không minh chứng thì 0 điểm»). */
  computedScore: z.number().nullable(),
  /** What counts: 0 for a zero-without-evidence criterion without evidence, else computedScore. */
  selfScore: z.number().nullable(),
  /** Tỷ lệ % of a ratio input. */
  rate: z.number().nullable(),
  notApplicable: z.boolean(),
  selfExplanation: z.string(),
  needsExplanation: z.boolean(),
  /** True when the criterion counts 0 because it has no evidence (said on screen). */
  zeroForMissingEvidence: z.boolean(),
  /** 0 for a node not saved yet (send If-Match "0"). */
  version: z.number().int(),
  evidence: z.array(assessmentEvidenceSchema),
});
/** One self-assessment entry. */
export type SelfEntryDto = z.infer<typeof selfEntrySchema>;

/** Tiến độ tự đánh giá (completion bar): counts, percent and what blocks the submission. */
export const selfCompletionSchema = z.object({
  applicable: z.number().int(),
  scored: z.number().int(),
  withEvidence: z.number().int(),
  needingExplanation: z.number().int(),
  explained: z.number().int(),
  percent: z.number().int(),
  unscoredCodes: z.array(z.string()),
  unexplainedCodes: z.array(z.string()),
});
/** The completion of one unit. */
export type SelfCompletionDto = z.infer<typeof selfCompletionSchema>;

/** Nút của bộ chỉ số as the form shows it: rule, method, evidence asked for, whether it applies. */
export const selfNodeSchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  name: z.string(),
  maxPoints: z.number(),
  level: z.enum(NODE_LEVELS),
  method: z.enum(SCORING_METHODS).nullable(),
  rule: scoringRuleSchema.nullable(),
  isLeaf: z.boolean(),
  /** Tài liệu kiểm chứng the framework asks for. */
  evidenceText: z.string(),
  needsEvidence: z.boolean(),
  zeroWithoutEvidence: z.boolean(),
  /** False for nodes the round exempts the unit from (or its type), and everything under them. */
  applicable: z.boolean(),
  /** Loại dữ liệu tự chấm; null for a survey leaf or a parent (not self-scored). */
  inputType: z.enum(['binary', 'tiered', 'ratio', 'deduction', 'points']).nullable(),
  /** The unit may mark it «không áp dụng» itself (the framework foresees exemptions here). */
  mayMarkNotApplicable: z.boolean(),
});
/** One node of the form. */
export type SelfNodeDto = z.infer<typeof selfNodeSchema>;

/** What the actor may do on this self-assessment now. */
export const selfActionsSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  withdraw: z.boolean(),
});

/** Bản tự đánh giá của một đơn vị: the round, the unit, the tree, the entries, the completion. */
export const selfAssessmentSchema = z.object({
  round: z.object({
    id: idSchema,
    name: z.string(),
    year: z.number().int(),
    state: z.enum(ROUND_STATES),
    framework: z.object({ id: idSchema, code: z.string(), name: z.string() }),
    window: z.object({ opensOn: isoDateSchema.nullable(), closesOn: isoDateSchema.nullable() }),
    /** True when the round is in self-assessment and today is inside its window. */
    windowOpen: z.boolean(),
  }),
  unit: z.object({
    id: idSchema,
    code: z.string(),
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES),
  }),
  status: z.enum(UNIT_ASSESSMENT_STATUSES),
  submittedAt: isoInstantSchema.nullable(),
  exemptionNote: z.string(),
  difficulties: z.string(),
  recommendations: z.string(),
  version: z.number().int(),
  nodes: z.array(selfNodeSchema),
  entries: z.array(selfEntrySchema),
  completion: selfCompletionSchema,
  actions: selfActionsSchema,
});
/** The whole self-assessment. */
export type SelfAssessmentDto = z.infer<typeof selfAssessmentSchema>;

const unitParams = z.object({ id: idSchema, organisationId: idSchema });
const entryParams = unitParams.extend({ nodeCode: z.string().min(1).max(50) });
const evidenceWritten = z.object({
  evidence: assessmentEvidenceSchema,
  created: z.boolean(),
  entry: selfEntrySchema,
  completion: selfCompletionSchema,
});

/** GET the unit's self-assessment. */
export const getSelfAssessment = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/units/:organisationId',
  summary: 'Xem bản tự đánh giá của đơn vị',
  params: unitParams,
  response: selfAssessmentSchema,
});

/** PUT one criterion's self-score (If-Match: the entry's version, "0" for a node not yet saved). */
export const saveSelfEntry = defineEndpoint({
  method: 'PUT',
  path: '/api/assessment-rounds/:id/units/:organisationId/entries/:nodeCode',
  summary: 'Lưu điểm tự chấm một tiêu chí',
  params: entryParams,
  body: z.object({
    input: selfScoringInputSchema.nullable().optional(),
    notApplicable: z.boolean().optional(),
    selfExplanation: text(4000).optional(),
  }),
  response: selfEntrySchema.extend({ completion: selfCompletionSchema }),
});

/** PATCH the unit's khó khăn, kiến nghị (If-Match: the unit's version). */
export const updateSelfAssessment = defineEndpoint({
  method: 'PATCH',
  path: '/api/assessment-rounds/:id/units/:organisationId',
  summary: 'Lưu khó khăn, kiến nghị của bản tự đánh giá',
  params: unitParams,
  body: z.object({ difficulties: text(8000).optional(), recommendations: text(8000).optional() }),
  response: z.object({
    version: z.number().int(),
    difficulties: z.string(),
    recommendations: z.string(),
  }),
});

/** POST an evidence file (multipart) for one criterion. */
export const uploadSelfEvidence = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/units/:organisationId/entries/:nodeCode/evidence',
  summary: 'Tải lên tài liệu kiểm chứng',
  params: entryParams,
  multipart: true,
  status: 201,
  response: evidenceWritten,
});

/** POST an issued document as evidence for one criterion. */
export const addSelfEvidenceDocument = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/units/:organisationId/entries/:nodeCode/evidence/document',
  summary: 'Thêm văn bản làm tài liệu kiểm chứng',
  params: entryParams,
  body: evidenceDocumentSchema,
  status: 201,
  response: evidenceWritten,
});

/** POST evidence carried from a task: an accepted report's file or a document its report cites. */
export const addSelfEvidenceFromTask = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/units/:organisationId/entries/:nodeCode/evidence/from-task',
  summary: 'Dùng minh chứng từ nhiệm vụ',
  params: entryParams,
  body: z
    .object({
      taskId: idSchema,
      evidenceFileId: idSchema.optional(),
      /** Position of the document in the accepted report entry's documentRefs. */
      documentIndex: z.number().int().min(0).optional(),
    })
    .refine((body) => (body.evidenceFileId === undefined) !== (body.documentIndex === undefined), {
      error: 'Chọn một tệp minh chứng hoặc một văn bản của nhiệm vụ.',
    }),
  status: 201,
  response: evidenceWritten,
});

/** DELETE one evidence item (while the unit may still edit). */
export const deleteSelfEvidence = defineEndpoint({
  method: 'DELETE',
  path: '/api/assessment-evidence/:evidenceId',
  summary: 'Xóa tài liệu kiểm chứng',
  params: z.object({ evidenceId: idSchema }),
  response: z.object({
    deleted: z.literal(true),
    entry: selfEntrySchema,
    completion: selfCompletionSchema,
  }),
});

/** GET an evidence file's bytes: inline for PDF and images with `inline=true`, else a download. */
export const getSelfEvidenceContent = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-evidence/:evidenceId/content',
  summary: 'Mở tài liệu kiểm chứng',
  params: z.object({ evidenceId: idSchema }),
  query: z.object({ inline: z.enum(['true', 'false']).optional() }),
  response: fileSchema,
  download: true,
});

/** Minh chứng đề xuất từ nhiệm vụ: an accepted report's file or an issued document of a linked task. */
export const proposedEvidenceSchema = z.object({
  nodeCode: z.string(),
  task: z.object({
    id: idSchema,
    content: z.string(),
    status: z.enum(TASK_STATUSES),
    planTitle: z.string(),
  }),
  kind: z.enum(['report_evidence', 'task_output']),
  evidenceFileId: idSchema.nullable(),
  fileName: z.string().nullable(),
  documentIndex: z.number().int().nullable(),
  document: z
    .object({
      number: z.string(),
      date: isoDateSchema.nullable(),
      issuer: z.string(),
      summary: z.string(),
    })
    .nullable(),
  /** The report period the item comes from ("2026-Q2"). */
  periodKey: z.string(),
  /** True when it is already attached to the criterion. */
  attached: z.boolean(),
});
/** One proposal. */
export type ProposedEvidenceDto = z.infer<typeof proposedEvidenceSchema>;

/** GET the evidence this year's tasks offer, per criterion (optionally one). */
export const listProposedEvidence = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/units/:organisationId/proposed-evidence',
  summary: 'Minh chứng đề xuất từ nhiệm vụ',
  params: unitParams,
  query: z.object({ nodeCode: z.string().max(50).optional() }),
  response: z.object({ items: z.array(proposedEvidenceSchema) }),
});

const submissionResponse = z.object({
  status: z.enum(UNIT_ASSESSMENT_STATUSES),
  submittedAt: isoInstantSchema.nullable(),
  version: z.number().int(),
  actions: selfActionsSchema,
});

/** POST submit the self-assessment (If-Match: the unit's version). */
export const submitSelfAssessment = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/units/:organisationId/submit',
  summary: 'Gửi bản tự đánh giá',
  params: unitParams,
  response: submissionResponse,
});

/** POST withdraw the submitted self-assessment to edit it again (If-Match: the unit's version). */
export const withdrawSelfAssessment = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/units/:organisationId/withdraw',
  summary: 'Rút bản tự đánh giá để sửa',
  params: unitParams,
  response: submissionResponse,
});

/** GET every taking-part unit's completion the actor may read. */
export const getRoundCompletion = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/completion',
  summary: 'Tiến độ tự đánh giá của các đơn vị',
  params: z.object({ id: idSchema }),
  response: z.object({
    items: z.array(z.object({ organisationId: idSchema, completion: selfCompletionSchema })),
  }),
});
