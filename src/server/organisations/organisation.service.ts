// Organisation tree rules applied to the database: create, edit, close, import, read.
import type { z } from 'zod';
import type {
  createOrganisationBodySchema,
  Organisation,
  OrganisationDetail,
} from '@contract/organisations';
import { canContain, describeContainmentError } from '@domain/organisations/type-rules';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { wouldCreateCycle } from '@domain/organisations/tree';
import { validateOrganisationImport } from '@domain/organisations/import-rows';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import { can, grantRootsFor, type Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import type { AuditEntry } from '../http/route';
import type { ServiceContext } from '../http/service-context';
import { conflict, forbidden, notFound, validationError, versionMismatch } from '../http/app-error';
import { readSpreadsheet } from '../documents/spreadsheet-reader';
import { refuseForbiddenCells } from '../documents/sheet-text';
import { findOrganisationPath } from './organisation-path.repository';
import { toOrganisationImportRows } from './organisation-import';
import * as repo from './organisation.repository';
import { organisationAbilities } from './organisation-abilities';

type Audit = (entry: AuditEntry) => Promise<void>;

/** Presents a row through the contract's shape (rows never reach the client). */
export function toOrganisation(row: repo.OrganisationListRow): Organisation {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type as OrganisationType,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}

const searchTextOf = (code: string, name: string) => foldVietnamese(`${code} ${name}`);
const brief = (o: repo.OrganisationRow) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  type: o.type as OrganisationType,
});

/** The organisations the actor may read, optionally filtered by an accent-insensitive search. */
export async function listReadableOrganisations(
  ctx: ServiceContext,
  options: { q?: string; includeClosed: boolean },
): Promise<Organisation[]> {
  const { db, actor } = ctx;
  const rows = await repo.listOrganisationsUnder(
    db,
    actor.tenantId,
    grantRootsFor(actor, 'organisation.read'),
    {
      includeClosed: options.includeClosed || Boolean(options.q),
      searchText: options.q ? foldVietnamese(options.q) : undefined,
      today: ctx.today,
    },
  );
  return rows.map(toOrganisation);
}

/** One organisation (the authorised resource) with its ancestors, child count, merger links and the actor's abilities on it. */
export async function getOrganisationDetail(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'resource'>,
): Promise<OrganisationDetail> {
  const { db, actor, resource } = ctx;
  if (!resource) throw notFound();
  const { tenantId } = actor;
  const { organisationId: id, path } = resource;
  const row = await repo.findOrganisation(db, tenantId, id);
  if (!row) throw notFound();
  const ancestors = await Promise.all(
    path.slice(0, -1).map((ancestorId) => repo.findOrganisation(db, tenantId, ancestorId)),
  );
  const links = await repo.listSuccessionLinks(db, tenantId, id);
  return {
    ...toOrganisation(row),
    ancestors: ancestors.filter((a): a is repo.OrganisationRow => a !== null).map(brief),
    childCount: await repo.countChildren(db, tenantId, id),
    successors: links.successors.map(brief),
    predecessors: links.predecessors.map(brief),
    abilities: organisationAbilities(actor, resource, row),
  };
}

async function assertCodeFree(db: Database, tenantId: string, code: string, exceptId?: string) {
  const existing = await repo.findOrganisationByCode(db, tenantId, code);
  if (existing && existing.id !== exceptId) {
    throw conflict(`Mã đơn vị «${code}» đã được dùng cho «${existing.name}».`, [
      { field: 'code', message: 'Mã đơn vị đã tồn tại.' },
    ]);
  }
}

function assertContainment(parentType: string, childType: string) {
  if (!canContain(parentType as OrganisationType, childType as OrganisationType)) {
    const message = describeContainmentError(
      parentType as OrganisationType,
      childType as OrganisationType,
    );
    throw validationError(message, [{ field: 'type', message }]);
  }
}

/** Creates an organisation under a parent (already authorised on the parent). */
export async function createOrganisation(
  db: Database,
  actor: Actor,
  input: z.output<typeof createOrganisationBodySchema>,
  audit: Audit,
): Promise<Organisation> {
  const parent = await repo.findOrganisation(db, actor.tenantId, input.parentId);
  if (!parent) throw notFound('Không tìm thấy đơn vị cấp trên.');
  assertContainment(parent.type, input.type);
  await assertCodeFree(db, actor.tenantId, input.code);
  const row = await repo.insertOrganisation(db, {
    tenantId: actor.tenantId,
    code: input.code,
    name: input.name,
    searchText: searchTextOf(input.code, input.name),
    type: input.type,
    parentId: parent.id,
    validFrom: input.validFrom,
  });
  const created = toOrganisation(row);
  await audit({
    organisationId: row.id,
    action: 'organisation.create',
    objectType: 'organisation',
    objectId: row.id,
    after: created,
  });
  return created;
}

/** Edits code, name, parent or start date; refuses stale versions, cycles and type-rule breaks. */
export async function updateOrganisation(
  ctx: ServiceContext,
  input: {
    organisationId: string;
    version: number;
    changes: Partial<{ code: string; name: string; parentId: string; validFrom: string }>;
  },
): Promise<Organisation> {
  const { db, actor, audit } = ctx;
  const { organisationId: id, version, changes } = input;
  const current = await repo.findOrganisation(db, actor.tenantId, id);
  if (!current) throw notFound();
  if (current.version !== version) throw versionMismatch(current.version);
  if (changes.code !== undefined) await assertCodeFree(db, actor.tenantId, changes.code, id);
  if (changes.parentId !== undefined && changes.parentId !== current.parentId) {
    if (current.parentId === null)
      throw validationError('Không thể chuyển đơn vị gốc (tỉnh) vào đơn vị khác.');
    const path = await findOrganisationPath(db, actor.tenantId, changes.parentId);
    if (!path) throw notFound('Không tìm thấy đơn vị cấp trên mới.');
    if (
      !can(actor, 'organisation.update', {
        tenantId: actor.tenantId,
        organisationId: changes.parentId,
        path,
      })
    ) {
      throw forbidden('Bạn không có quyền chuyển đơn vị vào đơn vị cấp trên này.');
    }
    const skeleton = await repo.listOrganisationSkeleton(db, actor.tenantId);
    if (wouldCreateCycle(skeleton, id, changes.parentId)) {
      throw validationError('Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc của nó.', [
        { field: 'parentId', message: 'Tạo thành vòng lặp trong cây đơn vị.' },
      ]);
    }
    const newParent = await repo.findOrganisation(db, actor.tenantId, changes.parentId);
    assertContainment(newParent!.type, current.type);
  }
  if (
    changes.validFrom !== undefined &&
    current.validTo !== null &&
    changes.validFrom > current.validTo
  ) {
    throw validationError('Ngày bắt đầu hiệu lực phải trước ngày kết thúc hoạt động của đơn vị.', [
      { field: 'validFrom', message: 'Ngày bắt đầu sau ngày kết thúc.' },
    ]);
  }
  const code = changes.code ?? current.code;
  const name = changes.name ?? current.name;
  const row = await repo.updateOrganisationIfVersion(db, actor.tenantId, id, version, {
    ...changes,
    searchText: searchTextOf(code, name),
  });
  if (!row) throw versionMismatch(current.version + 1);
  const updated = toOrganisation(row);
  await audit({
    organisationId: id,
    action: 'organisation.update',
    objectType: 'organisation',
    objectId: id,
    before: toOrganisation(current),
    after: updated,
  });
  return updated;
}

/** Ends an organisation's validity (giải thể, sáp nhập) and records its successors. */
export async function closeOrganisation(
  ctx: ServiceContext,
  input: {
    organisationId: string;
    validTo: string;
    successorIds: string[];
    /** From If-Match when sent (closing is allowed without it). */
    expectedVersion: number | null;
  },
): Promise<Organisation> {
  const { db, actor, audit } = ctx;
  const { organisationId: id, expectedVersion, ...closing } = input;
  const current = await repo.findOrganisation(db, actor.tenantId, id);
  if (!current) throw notFound();
  if (expectedVersion !== null && current.version !== expectedVersion)
    throw versionMismatch(current.version);
  if (current.parentId === null)
    throw validationError('Không thể kết thúc hoạt động của đơn vị gốc (tỉnh).');
  if (closing.validTo < current.validFrom) {
    throw validationError('Ngày kết thúc phải sau ngày bắt đầu hiệu lực.', [
      { field: 'validTo', message: 'Ngày kết thúc trước ngày bắt đầu.' },
    ]);
  }
  for (const successorId of closing.successorIds) {
    if (successorId === id)
      throw validationError('Đơn vị không thể kế thừa chính nó.', [
        { field: 'successorIds', message: 'Đơn vị kế thừa trùng đơn vị đang đóng.' },
      ]);
    if (!(await repo.findOrganisation(db, actor.tenantId, successorId)))
      throw notFound('Không tìm thấy đơn vị kế thừa.');
  }
  const row = await repo.updateOrganisationIfVersion(db, actor.tenantId, id, current.version, {
    validTo: closing.validTo,
  });
  if (!row) throw versionMismatch(current.version + 1);
  await repo.insertSuccessions(
    db,
    closing.successorIds.map((successorId) => ({
      tenantId: actor.tenantId,
      predecessorId: id,
      successorId,
      effectiveDate: closing.validTo,
    })),
  );
  const closed = toOrganisation(row);
  await audit({
    organisationId: id,
    action: 'organisation.close',
    objectType: 'organisation',
    objectId: id,
    before: toOrganisation(current),
    after: { ...closed, successorIds: closing.successorIds },
  });
  return closed;
}

/** Validates every row of an import file, then (unless a dry run) writes them all in this transaction. */
export async function importOrganisations(
  db: Database,
  actor: Actor,
  file: { buffer: Buffer; fileName: string },
  dryRun: boolean,
  audit: Audit,
): Promise<{ created: number; dryRun: boolean; rows: number }> {
  const table = await readSpreadsheet(file.buffer, file.fileName);
  refuseForbiddenCells(table);
  const rows = toOrganisationImportRows(table);
  const skeleton = await repo.listOrganisationSkeleton(db, actor.tenantId);
  const existing = skeleton.map((o) => ({ ...o, type: o.type as OrganisationType }));
  const result = validateOrganisationImport(rows, existing);
  if (!result.ok) {
    throw validationError(
      `Tệp có ${result.errors.length} lỗi; chưa có dòng nào được ghi. Sửa các lỗi dưới đây rồi nhập lại.`,
      result.errors.map((e) => ({ row: e.rowNumber, field: e.field, message: e.message })),
    );
  }
  const byCode = new Map(skeleton.map((o) => [o.code, o.id]));
  const outside = [];
  for (const org of result.organisations) {
    const parentId = byCode.get(org.parentCode);
    if (!parentId) continue; // parent is another new row: checked through its own parent
    const path = await findOrganisationPath(db, actor.tenantId, parentId);
    if (
      !path ||
      !can(actor, 'organisation.import', {
        tenantId: actor.tenantId,
        organisationId: parentId,
        path,
      })
    ) {
      outside.push({
        row: org.rowNumber,
        field: 'parentCode',
        message: `Dòng ${org.rowNumber}: bạn không có quyền thêm đơn vị vào «${org.parentCode}».`,
      });
    }
  }
  if (outside.length)
    throw validationError(
      'Tệp có đơn vị nằm ngoài phạm vi bạn được quản trị; chưa có dòng nào được ghi.',
      outside,
    );
  if (dryRun) {
    await audit({
      organisationId: null,
      action: 'organisation.import',
      objectType: 'organisation_import',
      objectId: null,
      after: { dryRun: true, fileName: file.fileName, rows: rows.length },
    });
    return { created: 0, dryRun: true, rows: rows.length };
  }
  for (const org of result.organisations) {
    const row = await repo.insertOrganisation(db, {
      tenantId: actor.tenantId,
      code: org.code,
      name: org.name,
      searchText: searchTextOf(org.code, org.name),
      type: org.type,
      parentId: byCode.get(org.parentCode)!,
      validFrom: org.validFrom,
    });
    byCode.set(row.code, row.id);
    await audit({
      organisationId: row.id,
      action: 'organisation.import',
      objectType: 'organisation',
      objectId: row.id,
      after: { ...toOrganisation(row), fileName: file.fileName, rowNumber: org.rowNumber },
    });
  }
  return { created: result.organisations.length, dryRun: false, rows: rows.length };
}
