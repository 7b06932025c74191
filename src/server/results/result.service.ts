// A unit's result on a framework: read it rolled up (totals, index, issues, mismatches with the
// totals an imported file printed) and replace its entries under If-Match.
import type { z } from 'zod';
import type {
  NodeEntry,
  nodeEntryInputSchema,
  resultSourceSchema,
  UnitResult,
} from '@contract/results';
import type { Framework } from '@domain/frameworks/framework';
import type { IndexKind } from '@domain/frameworks/index-kind';
import {
  ORGANISATION_TYPE_LABELS,
  type OrganisationType,
} from '@domain/organisations/organisation-type';
import { checkResultAgainstFramework, compareGivenTotals } from '@domain/results/check-result';
import type { GivenTotals } from '@domain/results/check-result';
import type { NodeResult } from '@domain/results/node-result';
import { rollUpResult } from '@domain/results/roll-up';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { notFound, validationError, versionMismatch } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation.repository';
import { getFrameworkRow } from '../frameworks/framework.service';
import { frameworkOf } from '../frameworks/framework-presenter';
import type { FrameworkRow } from '../frameworks/framework.repository';
import * as repo from './result.repository';

type ResultSource = z.output<typeof resultSourceSchema>;

/** The framework as results show it. */
export const frameworkBrief = (row: FrameworkRow) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  indexKind: row.indexKind as IndexKind,
  year: row.year,
});

/** The unit as results show it. */
export const unitBrief = (unit: repo.ResultUnitRow) => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  type: unit.type as OrganisationType,
});

/** Presents a stored node score. */
export function toNodeEntry(row: repo.ResultNodeValues): NodeEntry {
  return {
    nodeCode: row.nodeCode,
    selfScore: row.selfScore,
    appraisedScore: row.appraisedScore,
    appraisedScore2: row.appraisedScore2,
    surveyScore: row.surveyScore,
    notApplicable: row.notApplicable,
    note: row.note,
  };
}

/** The domain's view of a stored node score. */
export function toNodeResult(row: repo.ResultNodeValues): NodeResult {
  return { ...toNodeEntry(row), note: row.note ?? undefined };
}

/** 400 unless the framework scores units of this type. */
export function assertFrameworkApplies(framework: Framework, unitType: string): void {
  if ((framework.unitTypes as string[]).includes(unitType)) return;
  const label = ORGANISATION_TYPE_LABELS[unitType as OrganisationType] ?? unitType;
  throw validationError(`Bộ chỉ số ${framework.code} không áp dụng cho loại đơn vị «${label}».`, [
    { field: 'organisationId', message: `Bộ chỉ số không áp dụng cho loại đơn vị «${label}».` },
  ]);
}

async function loadContext(db: Database, tenantId: string, frameworkId: string, unitId: string) {
  const row = await getFrameworkRow(db, tenantId, frameworkId);
  const unit = await findOrganisation(db, tenantId, unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const framework = frameworkOf(row);
  assertFrameworkApplies(framework, unit.type);
  return { row, framework, unit };
}

/** A unit's result, rolled up; version 0 and no entries when nothing was saved yet. */
export async function getUnitResult(
  ctx: ServiceContext,
  input: { frameworkId: string; organisationId: string },
): Promise<UnitResult> {
  const { db } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { frameworkId, organisationId } = input;
  const { row, framework, unit } = await loadContext(db, tenantId, frameworkId, organisationId);
  const result = await repo.findUnitResult(db, tenantId, frameworkId, organisationId);
  const nodes = result ? await repo.listResultNodes(db, tenantId, [result.id]) : [];
  const leafResults = nodes.map(toNodeResult);
  const rolledUp = rollUpResult(framework, leafResults, {
    unitType: unit.type as OrganisationType,
  });
  const givenTotals = result?.givenTotals as GivenTotals | null | undefined;
  return {
    framework: frameworkBrief(row),
    organisation: unitBrief(unit),
    year: row.year,
    version: result?.version ?? 0,
    source: (result?.source as ResultSource | null | undefined) ?? null,
    entries: nodes.map(toNodeEntry),
    nodes: rolledUp.nodes,
    totals: rolledUp.totals,
    issues: checkResultAgainstFramework(framework, leafResults),
    mismatches: givenTotals ? compareGivenTotals(rolledUp, givenTotals) : [],
    updatedAt: result?.updatedAt.toISOString() ?? null,
  };
}

/** Stores a node's values as the row columns (an absent score is null). */
export function toNodeValues(entry: NodeResult): repo.ResultNodeValues {
  return {
    nodeCode: entry.nodeCode,
    selfScore: entry.selfScore ?? null,
    appraisedScore: entry.appraisedScore ?? null,
    appraisedScore2: entry.appraisedScore2 ?? null,
    surveyScore: entry.surveyScore ?? null,
    notApplicable: entry.notApplicable ?? false,
    note: entry.note || null,
  };
}

/** 400 listing every problem of the entries against the framework, `field` = node code. */
export function assertResultFits(framework: Framework, entries: NodeResult[]): void {
  const issues = checkResultAgainstFramework(framework, entries);
  if (issues.length === 0) return;
  throw validationError(
    `Kết quả có ${issues.length} lỗi nên chưa được lưu: ${issues[0]!.message}${issues.length > 1 ? ' …' : ''}`,
    issues.map((issue) => ({ field: issue.code, message: issue.message })),
  );
}

/** Replaces a unit's entries (and source) when `version` matches what was read (0: none yet). */
export async function saveUnitResult(
  ctx: ServiceContext,
  input: {
    frameworkId: string;
    organisationId: string;
    version: number;
    source?: ResultSource | null;
    entries: z.output<typeof nodeEntryInputSchema>[];
  },
): Promise<UnitResult> {
  const { db, actor, audit } = ctx;
  const { frameworkId, organisationId, version } = input;
  const tenantId = actor.tenantId;
  const { row, framework } = await loadContext(db, tenantId, frameworkId, organisationId);
  const current = await repo.findUnitResult(db, tenantId, frameworkId, organisationId);
  if ((current?.version ?? 0) !== version) throw versionMismatch(current?.version ?? 0);
  const entries: NodeResult[] = input.entries;
  assertResultFits(framework, entries);
  const before = current ? await repo.listResultNodes(db, tenantId, [current.id]) : [];
  const source = input.source === undefined ? (current?.source ?? null) : input.source;
  const saved = current
    ? await repo.updateUnitResultIfVersion(db, tenantId, current.id, version, { source })
    : await repo.insertUnitResult(db, {
        tenantId,
        frameworkId,
        organisationId,
        year: row.year,
        source,
        givenTotals: null,
      });
  if (!saved) throw versionMismatch(version + 1);
  await repo.replaceResultNodes(db, tenantId, saved.id, entries.map(toNodeValues));
  await audit({
    organisationId,
    action: 'result.import',
    objectType: 'unit_result',
    objectId: saved.id,
    before: current ? { source: current.source, entries: before.map(toNodeEntry) } : null,
    after: { frameworkId, source, entries: entries.map(toNodeValues) },
  });
  return getUnitResult(ctx, { frameworkId, organisationId });
}
