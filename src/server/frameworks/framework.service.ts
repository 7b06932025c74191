// Frameworks (bộ chỉ số) of a tenant: read, create (from scratch or a shipped template), replace
// the definition under If-Match, copy to a new year. Every write is validated by the domain's
// validateFramework first; a 400 lists each problem with the node code it concerns.
import type {
  FrameworkDefinition,
  FrameworkDto,
  FrameworkSummary,
  FrameworkTemplate,
} from '@contract/frameworks';
import { copyFrameworkToYear } from '@domain/frameworks/copy-framework';
import type { CodeMapping, Framework } from '@domain/frameworks/framework';
import type { IndexKind } from '@domain/frameworks/index-kind';
import { validateFramework } from '@domain/frameworks/validate-framework';
import type { Actor } from '@domain/permissions/can';
import type { GradeBand } from '@domain/results/grades';
import type { Database } from '../db/client';
import type { AuditEntry } from '../http/route';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import { findOrganisation, findRootOrganisation } from '../organisations/organisation.repository';
import { findFrameworkTemplate, listFrameworkTemplates } from './framework-templates';
import * as repo from './framework.repository';
import { frameworkOf, toFrameworkDto, toFrameworkSummary } from './framework-presenter';

type Audit = (entry: AuditEntry) => Promise<void>;

/** 400 listing every problem validateFramework finds, `field` = the node code (null: the framework). */
export function assertValidFramework(framework: Framework, rowOfCode?: Map<string, number>): void {
  const issues = validateFramework(framework);
  if (issues.length === 0) return;
  throw validationError(
    `Bộ chỉ số có ${issues.length} lỗi nên chưa được lưu: ${issues[0]!.message}${issues.length > 1 ? ' …' : ''}`,
    issues.map((issue) => {
      const row = issue.code === null ? undefined : rowOfCode?.get(issue.code);
      return { field: issue.code, ...(row ? { row } : {}), message: issue.message };
    }),
  );
}

/** One framework of the tenant, or 404. */
export async function getFrameworkRow(
  db: Database,
  tenantId: string,
  id: string,
): Promise<repo.FrameworkRow> {
  const row = await repo.findFramework(db, tenantId, id);
  if (!row) throw notFound('Không tìm thấy bộ chỉ số.');
  return row;
}

/** The owner unit a framework write is authorised on: the given one, else the tenant root. */
export async function ownerOrganisationIdFor(
  db: Database,
  tenantId: string,
  ownerOrganisationId: string | undefined,
): Promise<string | null> {
  if (ownerOrganisationId) return ownerOrganisationId;
  return (await findRootOrganisation(db, tenantId))?.id ?? null;
}

/** The tenant's frameworks (summaries), filtered by kind and year. */
export async function listFrameworks(
  db: Database,
  tenantId: string,
  filter: { indexKind?: IndexKind; year?: number },
): Promise<FrameworkSummary[]> {
  return (await repo.listFrameworks(db, tenantId, filter)).map(toFrameworkSummary);
}

/** The frameworks whose unit types include this unit's type. */
export async function listFrameworksForUnit(
  db: Database,
  tenantId: string,
  organisationId: string,
  filter: { indexKind?: IndexKind; year?: number },
): Promise<FrameworkSummary[]> {
  const unit = await findOrganisation(db, tenantId, organisationId);
  if (!unit) throw notFound();
  const rows = await repo.listFrameworks(db, tenantId, { ...filter, unitType: unit.type });
  return rows.map(toFrameworkSummary);
}

/** The shipped templates, described for the picker. */
export async function listTemplates(): Promise<FrameworkTemplate[]> {
  return (await listFrameworkTemplates()).map(({ key, framework }) => ({
    key,
    code: framework.code,
    indexKind: framework.indexKind,
    name: framework.name,
    year: framework.year,
    unitTypes: framework.unitTypes,
    illustrative: framework.illustrative,
    note: framework.note ?? null,
    description: framework.description ?? null,
    scale: framework.scale,
    nodeCount: framework.nodes.length,
  }));
}

async function assertCodeFree(db: Database, tenantId: string, code: string, exceptId?: string) {
  const existing = await repo.findFrameworkByCode(db, tenantId, code);
  if (existing && existing.id !== exceptId) {
    throw conflict(`Mã bộ chỉ số «${code}» đã được dùng cho «${existing.name}».`, [
      { field: 'code', message: 'Mã bộ chỉ số đã tồn tại.' },
    ]);
  }
}

function definitionColumns(framework: Framework, gradeBands: GradeBand[] | null) {
  return {
    code: framework.code,
    indexKind: framework.indexKind,
    name: framework.name,
    year: framework.year,
    unitTypes: framework.unitTypes,
    decision: framework.decision,
    illustrative: framework.illustrative,
    note: framework.note ?? null,
    description: framework.description ?? null,
    scale: framework.scale,
    gradeBands,
    nodes: framework.nodes,
  };
}

function frameworkFromDefinition(input: FrameworkDefinition, version: number): Framework {
  return {
    code: input.code,
    indexKind: input.indexKind,
    name: input.name,
    year: input.year,
    unitTypes: input.unitTypes,
    decision: input.decision,
    version,
    illustrative: input.illustrative,
    ...(input.note ? { note: input.note } : {}),
    ...(input.description ? { description: input.description } : {}),
    scale: input.scale,
    nodes: input.nodes,
  };
}

/** Inserts a validated framework and audits it. */
async function insertValidFramework(
  db: Database,
  actor: Actor,
  framework: Framework,
  extra: {
    ownerOrganisationId: string;
    gradeBands: GradeBand[] | null;
    templateKey?: string | null;
    copiedFromId?: string | null;
    codeMapping?: CodeMapping | null;
  },
  audit: Audit,
): Promise<FrameworkDto> {
  assertValidFramework(framework);
  await assertCodeFree(db, actor.tenantId, framework.code);
  const row = await repo.insertFramework(db, {
    tenantId: actor.tenantId,
    ownerOrganisationId: extra.ownerOrganisationId,
    templateKey: extra.templateKey ?? null,
    copiedFromId: extra.copiedFromId ?? null,
    codeMapping: extra.codeMapping ?? null,
    ...definitionColumns(framework, extra.gradeBands),
  });
  const created = toFrameworkDto(row);
  await audit({
    organisationId: row.ownerOrganisationId,
    action: 'framework.manage',
    objectType: 'framework',
    objectId: row.id,
    after: created,
  });
  return created;
}

/** Creates a framework from a full definition (already authorised on its owner unit). */
export async function createFramework(
  db: Database,
  actor: Actor,
  input: FrameworkDefinition & { ownerOrganisationId?: string },
  ownerOrganisationId: string,
  audit: Audit,
): Promise<FrameworkDto> {
  return insertValidFramework(
    db,
    actor,
    frameworkFromDefinition(input, 1),
    { ownerOrganisationId, gradeBands: input.gradeBands ?? null },
    audit,
  );
}

/** Copies a shipped template into the tenant, for another year and code when asked. */
export async function createFrameworkFromTemplate(
  db: Database,
  actor: Actor,
  input: { templateKey: string; year?: number; code?: string },
  ownerOrganisationId: string,
  audit: Audit,
): Promise<FrameworkDto> {
  const template = await findFrameworkTemplate(input.templateKey);
  if (!template) throw notFound('Không tìm thấy bộ chỉ số mẫu.');
  let framework: Framework = { ...template.framework, version: 1 };
  if (input.year !== undefined && input.year !== framework.year)
    framework = copyFrameworkToYear(framework, input.year).framework;
  if (input.code) framework = { ...framework, code: input.code };
  return insertValidFramework(
    db,
    actor,
    framework,
    { ownerOrganisationId, gradeBands: null, templateKey: template.key },
    audit,
  );
}

/** Replaces a framework's header and nodes when the version matches (412 otherwise). */
export async function updateFramework(
  db: Database,
  actor: Actor,
  id: string,
  version: number,
  input: FrameworkDefinition,
  audit: Audit,
): Promise<FrameworkDto> {
  const current = await getFrameworkRow(db, actor.tenantId, id);
  if (current.version !== version) throw versionMismatch(current.version);
  const framework = frameworkFromDefinition(input, current.version + 1);
  return replaceDefinition(db, actor, current, framework, input.gradeBands ?? null, audit);
}

/** Writes a validated definition over `current` (version already checked) and audits before/after. */
export async function replaceDefinition(
  db: Database,
  actor: Actor,
  current: repo.FrameworkRow,
  framework: Framework,
  gradeBands: GradeBand[] | null,
  audit: Audit,
  rowOfCode?: Map<string, number>,
): Promise<FrameworkDto> {
  assertValidFramework(framework, rowOfCode);
  if (framework.code !== current.code)
    await assertCodeFree(db, actor.tenantId, framework.code, current.id);
  const row = await repo.updateFrameworkIfVersion(
    db,
    actor.tenantId,
    current.id,
    current.version,
    definitionColumns(framework, gradeBands),
  );
  if (!row) throw versionMismatch(current.version + 1);
  const updated = toFrameworkDto(row);
  await audit({
    organisationId: row.ownerOrganisationId,
    action: 'framework.manage',
    objectType: 'framework',
    objectId: row.id,
    before: toFrameworkDto(current),
    after: updated,
  });
  return updated;
}

/** Copies a framework to a new year through an old → new code mapping; the copy remembers both. */
export async function copyFramework(
  db: Database,
  actor: Actor,
  id: string,
  input: { year: number; codeMapping: CodeMapping; code?: string; name?: string },
  audit: Audit,
): Promise<FrameworkDto> {
  const source = await getFrameworkRow(db, actor.tenantId, id);
  const sourceFramework = frameworkOf(source);
  const known = new Set(sourceFramework.nodes.map((node) => node.code));
  const unknown = Object.keys(input.codeMapping).filter((code) => !known.has(code));
  if (unknown.length) {
    throw validationError(
      `Ánh xạ mã có ${unknown.length} mã không có trong bộ chỉ số ${source.code}.`,
      unknown.map((code) => ({
        field: code,
        message: `Mã «${code}» không có trong bộ chỉ số ${source.code}.`,
      })),
    );
  }
  const copied = copyFrameworkToYear(sourceFramework, input.year, input.codeMapping);
  const framework = {
    ...copied.framework,
    ...(input.code ? { code: input.code } : {}),
    ...(input.name ? { name: input.name } : {}),
  };
  return insertValidFramework(
    db,
    actor,
    framework,
    {
      ownerOrganisationId: source.ownerOrganisationId,
      gradeBands: source.gradeBands as GradeBand[] | null,
      templateKey: source.templateKey,
      copiedFromId: source.id,
      codeMapping: copied.codeMapping,
    },
    audit,
  );
}
