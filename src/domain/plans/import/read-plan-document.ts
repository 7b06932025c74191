// Đọc kế hoạch từ văn bản: the importer's one entry point. Cleans the source into paragraphs,
// splits header / body / closing / appendix, reads each with its own rules, and assembles a
// PlanContent and tasks with provenance. Tasks come from the appendix table when it holds any;
// otherwise from prose, so a plan that lists each task twice (body and appendix) is not doubled.
import { defaultSignature, hasSignature } from './default-signature';
import type { ImportContext, ImportWarning, ImportedPlan, Provenance } from './imported-plan';
import { createUnitMatcher } from './match-unit';
import { cleanSource } from './clean-source';
import { readAppendix } from './read-appendix';
import { readClosing } from './read-closing';
import { readAttachedTitle, readHeader } from './read-header';
import { readOpening } from './read-opening';
import { readOutline } from './read-outline';
import { readPortalSigner } from './read-portal-signer';
import { readReporting } from './read-reporting';
import { readTargets } from './read-targets';
import { splitParts } from './split-parts';
import type { SourceDocument } from './source-document';
import type { TextReading } from './paragraph';

const NO_TASK_WARNING =
  'Không nhận ra nhiệm vụ nào trong văn bản: toàn bộ nội dung được giữ thành các mục; hãy thêm nhiệm vụ sau khi tạo dự thảo.';

/** Đọc kế hoạch: a SourceDocument and the tenant's units and frameworks → an ImportedPlan to review. */
export function readPlanDocument(doc: SourceDocument, ctx: ImportContext): ImportedPlan {
  const paragraphs = cleanSource(doc, ctx.overrides);
  const parts = splitParts(paragraphs);
  const header = readHeader(parts.header);
  // No trích yếu under a tên loại: a plan issued with a decision names itself above "(Ban hành kèm theo …)".
  const attachedTitle = header.fields.title === '' ? readAttachedTitle(paragraphs) : null;
  const year = ctx.year ?? header.year;
  const units = createUnitMatcher(ctx.units, ctx.issuerOrganisationId, year);
  const opening = readOpening(parts.body);
  // The whole body goes to the table reader too: a task table may sit under "IV. NHIỆM VỤ CỤ
  // THỂ" with no "Phụ lục" heading (it reads only lines under a task-table header). The lines
  // its tasks came from are then not read again as section text.
  const appendix = readAppendix([...opening.rest, ...parts.appendix], doc, {
    units,
    frameworks: ctx.frameworks,
    year,
  });
  const tableLines = new Set(
    appendix.tasks.flatMap((task) =>
      task.provenance.source.flatMap(({ from, to }) =>
        Array.from({ length: to - from + 1 }, (_, index) => from + index),
      ),
    ),
  );
  const prose = opening.rest.filter(
    ({ span }) => !(tableLines.has(span.from) && tableLines.has(span.to)),
  );
  const outline = readOutline(prose, {
    frameworks: ctx.frameworks,
    units,
    proseTasks: appendix.tasks.length === 0,
    year,
  });
  const targets = readTargets(outline.targetParagraphs, { frameworks: ctx.frameworks, year });
  const closing = readClosing(parts.closing);
  const signature = hasSignature(closing.signature) ? closing.signature : defaultSignature();
  // Page cut before the signature block: the portal's "Người ký:" metadata still names the signer.
  const portalSigner = signature.signerName === '' ? readPortalSigner(doc) : null;
  const reporting = readReporting(outline.implementationParagraphs, year);
  const tasks = appendix.tasks.length > 0 ? appendix.tasks : outline.tasks;

  const provenance: Record<string, Provenance> = {
    ...header.provenance,
    ...outline.provenance,
    ...targets.provenance,
    ...closing.provenance,
    ...(portalSigner
      ? {
          signature: {
            confidence: 0.6,
            source: [{ from: portalSigner.line, to: portalSigner.line }],
            flags: [],
          },
        }
      : {}),
  };
  if (attachedTitle) {
    provenance.title = {
      confidence: attachedTitle.confidence,
      source: attachedTitle.source,
      flags: [],
    };
  }
  const text = (key: string, reading: TextReading | null) => {
    if (!reading) return '';
    provenance[key] = { confidence: reading.confidence, source: reading.source, flags: [] };
    return reading.text;
  };
  opening.basis.forEach((item, index) => (provenance[`basis:${index}`] = item.provenance));
  const frameworkIds = [
    ...new Set([
      ...outline.sections.map((section) => section.frameworkId),
      ...targets.targets.map((target) => target.frameworkId),
      ...tasks.flatMap((task) => task.nodeLinks.map((link) => link.frameworkId)),
    ]),
  ].filter((id): id is string => id !== null);

  const warnings: ImportWarning[] = [...appendix.warnings, ...outline.warnings];
  if (tasks.length === 0) warnings.push({ code: 'no_tasks', message: NO_TASK_WARNING, source: [] });

  return {
    content: {
      ...header.fields,
      ...(attachedTitle ? { title: attachedTitle.text } : {}),
      year: year ?? 0,
      preamble: text('preamble', opening.preamble),
      basis: opening.basis.map((item) => item.reference),
      purpose: text('purpose', outline.purpose),
      requirements: text('requirements', outline.requirements),
      frameworkIds,
      targets: targets.targets,
      sections: outline.sections,
      appendixTable: appendix.tasks.length > 0,
      implementation: text('implementation', outline.implementation),
      reportingDuties: reporting ? reporting.rule.name : '',
      recipients: closing.recipients,
      signature: portalSigner ? { ...signature, signerName: portalSigner.name } : signature,
    },
    tasks,
    provenance,
    sectionLabels: outline.sectionLabels,
    sectionIndexKinds: outline.sectionIndexKinds,
    reporting,
    warnings,
  };
}
