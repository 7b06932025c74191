// A framework's nodes as an .xlsx workbook: export, and import replacing the node list (all rows
// or none; a 400 names each bad row, then each node validateFramework refuses, with its row).
import type { Actor } from '@domain/permissions/can';
import type { GradeBand } from '@domain/results/grades';
import type { Database } from '../db/client';
import type { AuditEntry } from '../http/route';
import { versionMismatch } from '../http/app-error';
import { assertNoMergedCells, readSpreadsheet } from '../documents/spreadsheet-reader';
import { refuseForbiddenCells } from '../documents/sheet-text';
import { writeXlsxTable } from '../documents/xlsx-writer';
import { readFrameworkNodes } from './framework-workbook';
import { NODE_EXPORT_COLUMNS, nodesForExport } from './framework-workbook-export';
import { assertValidFramework, getFrameworkRow, replaceDefinition } from './framework.service';
import { frameworkOf } from './framework-presenter';

type Audit = (entry: AuditEntry) => Promise<void>;

/** The framework's nodes as a workbook, one row per node in tree order; named after its code. */
export async function exportFrameworkNodes(
  db: Database,
  tenantId: string,
  id: string,
): Promise<{ fileName: string; body: Buffer }> {
  const row = await getFrameworkRow(db, tenantId, id);
  const body = await writeXlsxTable({
    sheetName: 'Tiêu chí',
    columns: NODE_EXPORT_COLUMNS,
    items: nodesForExport(frameworkOf(row).nodes),
  });
  return { fileName: `${row.code}.xlsx`, body };
}

/** Replaces the node list from a workbook; a dry run validates only. `version` is required unless a dry run. */
export async function importFrameworkNodes(
  db: Database,
  actor: Actor,
  id: string,
  file: { buffer: Buffer; fileName: string },
  options: { dryRun: boolean; version: number | null },
  audit: Audit,
): Promise<{ dryRun: boolean; nodeCount: number; version: number }> {
  const current = await getFrameworkRow(db, actor.tenantId, id);
  if (options.version !== null && options.version !== current.version)
    throw versionMismatch(current.version);
  const table = await readSpreadsheet(file.buffer, file.fileName);
  refuseForbiddenCells(table);
  assertNoMergedCells(table);
  const { nodes, rowOfCode } = readFrameworkNodes(table);
  const framework = { ...frameworkOf(current), nodes, version: current.version + 1 };
  if (options.dryRun) {
    assertValidFramework(framework, rowOfCode);
    await audit({
      organisationId: current.ownerOrganisationId,
      action: 'framework.manage',
      objectType: 'framework_import',
      objectId: current.id,
      after: { dryRun: true, fileName: file.fileName, nodeCount: nodes.length },
    });
    return { dryRun: true, nodeCount: nodes.length, version: current.version };
  }
  const updated = await replaceDefinition(
    db,
    actor,
    current,
    framework,
    current.gradeBands as GradeBand[] | null,
    audit,
    rowOfCode,
  );
  return { dryRun: false, nodeCount: nodes.length, version: updated.version };
}
