// The round's documents: a unit's self-assessment report (.docx) from its entries and evidence,
// and the published ranking appendix (.docx, .xlsx) from the year's results written at
// finalisation, read through the results' ranking service (never from the round's own tables).
import type { EvidenceDocument } from '@domain/assessment/assessment-evidence';
import type { AssessmentEvidenceKind } from '@domain/assessment/assessment-evidence';
import {
  PUBLICATION_COLUMNS,
  buildPublicationDocument,
  rankChangeText,
  type PublicationDecision,
  type PublicationGroup,
  type PublicationUnitRow,
} from '@domain/assessment/publication-document';
import { splitScoreParts } from '@domain/assessment/score-parts';
import { buildSelfAssessmentDocument } from '@domain/assessment/self-assessment-document';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { can, grantRootsFor } from '@domain/permissions/can';
import { headerBodiesOf, issuerInSentence } from '@domain/plans/document-header';
import type { IssuingUnit } from '@domain/plans/plan-defaults';
import { downloadFileName } from '@domain/shared/file-name';
import { todayInVietnam } from '../clock';
import type { Database } from '../db/client';
import { renderPublicationDocx } from '../documents/assessment-publication-docx';
import { renderSelfAssessmentDocx } from '../documents/assessment-self-report-docx';
import { DOCX_CONTENT_TYPE } from '../documents/plan-docx';
import { XLSX_CONTENT_TYPE, writeXlsxTable, type XlsxColumn } from '../documents/xlsx-writer';
import { frameworkOf } from '../frameworks/framework-presenter';
import { getFrameworkRow } from '../frameworks/framework.service';
import { conflict, notFound } from '../http/app-error';
import type { RouteTarget } from '../http/route';
import type { ReadContext } from '../http/service-context';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import { listOrganisationsUnder } from '../organisations/organisation.repository';
import { loadPeerResults } from '../results/peer-results';
import { getRanking } from '../results/ranking.service';
import * as repo from './documents.repository';

/** A downloadable file as sendFile takes it. */
interface DocumentFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** Kết quả chính thức: the states in which the year's results are the round's. */
const RESULT_STATES = ['final', 'published'];

const issuingUnitOf = (row: {
  name: string;
  type: string;
  parent: { name: string; type: string } | null;
}): IssuingUnit => ({
  name: row.name,
  type: row.type as OrganisationType,
  parent: row.parent ? { name: row.parent.name, type: row.parent.type as OrganisationType } : null,
});

/**
 * The unit whose place decides a self-assessment report download: the taking-part unit itself;
 * none (404) when the round is another tenant's or the unit does not take part.
 */
export async function unitReportTarget(
  db: Database,
  tenantId: string,
  input: { roundId: string; organisationId: string },
): Promise<RouteTarget> {
  const [unit] = await repo.listRoundUnits(db, tenantId, input.roundId, input.organisationId);
  return {
    objectType: 'assessment_unit',
    objectId: input.roundId,
    organisationId: unit ? unit.organisation.id : null,
  };
}

/**
 * The unit whose place decides a publication download: the round's owner when the actor reads
 * it, else a taking-part unit the actor reads (a unit sees the ranking it is in), else the owner
 * (then 403); none (404) for a round of another tenant.
 */
export async function roundReadTarget(
  ctx: Pick<ReadContext, 'db' | 'actor' | 'today'>,
  roundId: string,
): Promise<RouteTarget> {
  const { db, actor } = ctx;
  const round = await repo.findRound(db, actor.tenantId, roundId);
  const target = { objectType: 'assessment_round' as const, objectId: roundId };
  if (!round) return { ...target, organisationId: null };
  const owner = round.ownerOrganisationId;
  const path = await findOrganisationPath(db, actor.tenantId, owner);
  const resource = { tenantId: actor.tenantId, organisationId: owner, path: path ?? [] };
  if (path && can(actor, 'assessment.read', resource)) return { ...target, organisationId: owner };
  const roots = grantRootsFor(actor, 'assessment.read');
  const readable = new Set(
    (
      await listOrganisationsUnder(db, actor.tenantId, roots, {
        includeClosed: true,
        today: ctx.today,
      })
    ).map((unit) => unit.id),
  );
  const units = await repo.listRoundUnits(db, actor.tenantId, roundId);
  const taking = units.find((unit) => readable.has(unit.organisation.id));
  return { ...target, organisationId: taking ? taking.organisation.id : owner };
}

/** Báo cáo tự đánh giá, chấm điểm of one taking-part unit, as .docx (a DỰ THẢO until it submits). */
export async function selfAssessmentReportDocx(
  ctx: ReadContext,
  input: { roundId: string; organisationId: string },
): Promise<DocumentFile> {
  const { db } = ctx;
  const tenantId = ctx.actor.tenantId;
  const round = await repo.findRound(db, tenantId, input.roundId);
  const [unit] = round
    ? await repo.listRoundUnits(db, tenantId, round.id, input.organisationId)
    : [];
  if (!round || !unit) throw notFound('Không tìm thấy đơn vị trong đợt đánh giá.');
  const owner = await repo.findOrganisationWithParent(db, tenantId, round.ownerOrganisationId);
  if (!owner) throw notFound('Không tìm thấy đơn vị tổ chức đợt đánh giá.');
  const framework = frameworkOf(await getFrameworkRow(db, tenantId, round.frameworkId));
  const entries = await repo.listUnitEntries(db, tenantId, round.id, unit.organisation.id);
  const evidence = await repo.listUnitEvidence(db, tenantId, round.id, unit.organisation.id);
  const submitted = unit.unit.status === 'submitted' && unit.unit.submittedAt;
  const model = buildSelfAssessmentDocument({
    unit: issuingUnitOf({ ...unit.organisation, parent: unit.parent }),
    owner: issuingUnitOf(owner),
    round: { name: round.name, year: round.year },
    framework,
    exemptNodeCodes: unit.unit.exemptNodeCodes,
    exemptionNote: unit.unit.exemptionNote,
    entries,
    evidence: evidence.map((item) => ({
      nodeCode: item.nodeCode,
      kind: item.kind as AssessmentEvidenceKind,
      fileName: item.fileName ?? item.reportFile?.fileName ?? null,
      document: (item.document as EvidenceDocument | null) ?? null,
      note: item.note,
    })),
    submittedOn: submitted ? todayInVietnam(unit.unit.submittedAt!) : null,
    difficulties: unit.unit.difficulties,
    recommendations: unit.unit.recommendations,
  });
  return {
    fileName: downloadFileName(
      ['Báo cáo tự đánh giá', unit.organisation.name, String(round.year)],
      'docx',
    ),
    contentType: DOCX_CONTENT_TYPE,
    body: await renderSelfAssessmentDocx(model),
  };
}

/** Quyết định công bố as the round stores it ({ number, date, issuer }), or null before publication. */
function decisionOf(publication: unknown): PublicationDecision | null {
  if (!publication || typeof publication !== 'object') return null;
  const stored = publication as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const number = text(stored.number ?? stored.decisionNumber);
  if (number.trim() === '') return null;
  const date = text(stored.date ?? stored.decisionDate);
  return { number, date: date === '' ? null : date, issuer: text(stored.issuer) };
}

/**
 * The ranking of the round's taking-part units from the year's results, one group per unit type
 * the framework ranks: rank, index, grade and last year's rank from getRanking (ranked among all
 * the tenant's peers of that type, as the results pages rank them), the appraised and survey
 * parts from the same rolled-up results.
 */
async function loadPublication(ctx: ReadContext, roundId: string) {
  const { db } = ctx;
  const tenantId = ctx.actor.tenantId;
  const round = await repo.findRound(db, tenantId, roundId);
  if (!round) throw notFound('Không tìm thấy đợt đánh giá.');
  if (!RESULT_STATES.includes(round.state))
    throw conflict('Đợt đánh giá chưa có kết quả chính thức.');
  const row = await getFrameworkRow(db, tenantId, round.frameworkId);
  const framework = frameworkOf(row);
  const owner = await repo.findOrganisationWithParent(db, tenantId, round.ownerOrganisationId);
  const units = await repo.listRoundUnits(db, tenantId, round.id);
  const taking = new Set(units.map((unit) => unit.organisation.id));
  const groups: PublicationGroup[] = [];
  for (const unitType of framework.unitTypes) {
    const viewpoint = units.find((unit) => unit.organisation.type === unitType);
    if (!viewpoint) continue;
    const ranking = await getRanking(ctx, {
      frameworkId: row.id,
      organisationId: viewpoint.organisation.id,
      unitType,
    });
    const peers = await loadPeerResults(db, tenantId, row, unitType);
    const rows = ranking.items
      .filter((item) => taking.has(item.organisation.id))
      .map((item): PublicationUnitRow => {
        const peer = peers.byUnitId.get(item.organisation.id);
        const parts = peer
          ? splitScoreParts(framework, peer.rolledUp)
          : { appraisedPart: null, surveyPart: null };
        return {
          organisationName: item.organisation.name,
          ...parts,
          total: item.scoreState === 'scored' ? item.score : null,
          indexPercent: item.indexPercent,
          rank: item.rank,
          grade: item.grade?.label ?? null,
          previousRank: item.previousRank,
        };
      });
    groups.push({ unitType, rankedCount: ranking.rankedCount, rows });
  }
  const ownerBodies = owner ? headerBodiesOf(issuingUnitOf(owner)) : null;
  const model = buildPublicationDocument({
    framework,
    decision: decisionOf(round.publication),
    defaultIssuer: ownerBodies
      ? issuerInSentence(ownerBodies.parentBody, ownerBodies.issuingBody)
      : '',
    groups,
  });
  return { round, framework, groups, model };
}

/** Phụ lục kết quả xếp hạng as .docx (409 until the round is final). */
export async function publicationDocx(ctx: ReadContext, roundId: string): Promise<DocumentFile> {
  const { framework, model } = await loadPublication(ctx, roundId);
  return {
    fileName: downloadFileName(
      ['Phụ lục xếp hạng', framework.code, String(framework.year)],
      'docx',
    ),
    contentType: DOCX_CONTENT_TYPE,
    body: await renderPublicationDocx(model),
  };
}

/** One row of the ranking workbook: the unit's figures and its number within its group. */
interface PublicationSheetRow extends PublicationUnitRow {
  order: number;
}

/** The same ranking as .xlsx: the appendix's heading lines, then its columns with numbers as numbers. */
export async function publicationXlsx(ctx: ReadContext, roundId: string): Promise<DocumentFile> {
  const { framework, groups, model } = await loadPublication(ctx, roundId);
  const items: PublicationSheetRow[] = groups.flatMap((group) =>
    group.rows.map((row, index) => ({ ...row, order: index + 1 })),
  );
  const [stt, unit, appraised, survey, total, index, rank, grade, change] = PUBLICATION_COLUMNS.map(
    (column) => column.title,
  );
  const columns: XlsxColumn<PublicationSheetRow>[] = [
    { header: stt!, kind: 'integer', width: 6, value: (row) => row.order },
    { header: unit!, kind: 'text', width: 40, value: (row) => row.organisationName },
    { header: appraised!, kind: 'number', value: (row) => row.appraisedPart },
    { header: survey!, kind: 'number', value: (row) => row.surveyPart },
    { header: total!, kind: 'number', value: (row) => row.total },
    { header: index!, kind: 'number', value: (row) => row.indexPercent },
    { header: rank!, kind: 'integer', width: 10, value: (row) => row.rank },
    { header: grade!, kind: 'text', width: 14, value: (row) => row.grade },
    {
      header: change!,
      kind: 'text',
      width: 32,
      value: (row) => rankChangeText(row, framework.year),
    },
  ];
  return {
    fileName: downloadFileName(['Xếp hạng', framework.code, String(framework.year)], 'xlsx'),
    contentType: XLSX_CONTENT_TYPE,
    body: await writeXlsxTable({
      sheetName: 'Xếp hạng',
      title: [model.heading, model.title, model.subtitle],
      columns,
      items,
    }),
  };
}
