// HTTP routes of the self-assessment (tự đánh giá), authorised on the taking-part unit: its readers
// (and appraisers of it, who hold assessment.read there) read it and open its evidence; its editors,
// leader and focal fill it (assessment.self); its leader or focal submits and withdraws
// (assessment.submit). A unit not taking part, or another tenant's round, answers 404.
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as contract from '@contract/assessment-self';
import { listSelfKpiProposals } from '@contract/assessment-kpi-proposals';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { EVIDENCE_LIMITS } from '../documents/evidence-file';
import { readIfMatchVersion } from '../http/if-match';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { readUploadedFile } from '../http/upload';
import * as evidence from './self-evidence.service';
import { listProposals } from './self-proposed-evidence.service';
import * as repo from './self.repository';
import * as self from './self.service';
import * as submission from './self-submission.service';

/** The same in-place preview policy as report evidence: nothing runs in it, our page may frame it. */
const PREVIEW_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

const unitTarget = async (
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId: string,
): Promise<RouteTarget> => {
  const place = await repo.findUnitInRound(db, tenantId, roundId, organisationId);
  return {
    objectType: 'assessment_unit',
    objectId: roundId,
    organisationId: place ? organisationId : null,
  };
};

const evidenceTarget = async (
  db: Database,
  tenantId: string,
  evidenceId: string,
): Promise<RouteTarget> => ({
  objectType: 'assessment_evidence',
  objectId: evidenceId,
  organisationId: await evidence.evidenceOrganisation(db, tenantId, evidenceId),
});

/** Deletes stored bytes once the answer is sent (after the row's delete committed). */
function removeAfterCommit(reply: FastifyReply, evidenceDir: string, storageKey: string): void {
  reply.raw.once('finish', () => {
    if (reply.statusCode < 300) {
      evidence.removeStoredSelfEvidence(evidenceDir, storageKey).catch((error: unknown) => {
        reply.log.warn({ err: error, storageKey }, 'assessment evidence file not removed');
      });
    }
  });
}

/** Registers the self-assessment routes. */
export function registerAssessmentSelfRoutes(
  app: FastifyInstance,
  db: Database,
  config: Config,
): void {
  const onUnit = ({
    actor,
    params,
  }: {
    actor: { tenantId: string };
    params: { id: string; organisationId: string };
  }) => unitTarget(db, actor.tenantId, params.id, params.organisationId);

  defineRoute(app, db, contract.getSelfAssessment, {
    action: 'assessment.read',
    target: onUnit,
    handler: (ctx) =>
      self.getSelfAssessment(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
      }),
  });

  defineRoute(app, db, contract.saveSelfEntry, {
    action: 'assessment.self',
    target: onUnit,
    handler: (ctx) =>
      self.saveSelfEntry(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        nodeCode: ctx.params.nodeCode,
        version: readIfMatchVersion(ctx.request),
        changes: ctx.body,
      }),
  });

  defineRoute(app, db, contract.updateSelfAssessment, {
    action: 'assessment.self',
    target: onUnit,
    handler: (ctx) =>
      self.updateSelfAssessment(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        version: readIfMatchVersion(ctx.request),
        changes: ctx.body,
      }),
  });

  defineRoute(app, db, contract.uploadSelfEvidence, {
    action: 'assessment.self',
    target: onUnit,
    handler: async (ctx) => {
      const file = await readUploadedFile(
        ctx.request,
        EVIDENCE_LIMITS.maxBytes,
        'Hãy chọn tệp tài liệu kiểm chứng (PDF, Word, Excel hoặc ảnh) để tải lên.',
      );
      return evidence.uploadSelfEvidence(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        nodeCode: ctx.params.nodeCode,
        file,
        evidenceDir: config.evidenceDir,
      });
    },
  });

  defineRoute(app, db, contract.addSelfEvidenceDocument, {
    action: 'assessment.self',
    target: onUnit,
    handler: (ctx) =>
      evidence.addSelfEvidenceDocument(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        nodeCode: ctx.params.nodeCode,
        document: ctx.body,
      }),
  });

  defineRoute(app, db, contract.addSelfEvidenceFromTask, {
    action: 'assessment.self',
    target: onUnit,
    handler: (ctx) =>
      evidence.addSelfEvidenceFromTask(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        nodeCode: ctx.params.nodeCode,
        ...ctx.body,
      }),
  });

  defineRoute(app, db, contract.deleteSelfEvidence, {
    action: 'assessment.self',
    target: ({ actor, params }) => evidenceTarget(db, actor.tenantId, params.evidenceId),
    handler: async (ctx) => {
      const { result, storageKey } = await evidence.deleteSelfEvidence(ctx, {
        evidenceId: ctx.params.evidenceId,
      });
      if (storageKey) removeAfterCommit(ctx.reply, config.evidenceDir, storageKey);
      return result;
    },
  });

  defineRoute(app, db, contract.getSelfEvidenceContent, {
    action: 'assessment.read',
    target: ({ actor, params }) => evidenceTarget(db, actor.tenantId, params.evidenceId),
    handler: async ({ db: reader, actor, params, query, reply }) => {
      const file = await evidence.readSelfEvidence(
        reader,
        actor.tenantId,
        params.evidenceId,
        config.evidenceDir,
        query.inline === 'true',
      );
      if (file.inline) reply.header('content-security-policy', PREVIEW_CSP);
      return sendFile(reply, file, { inline: file.inline });
    },
  });

  defineRoute(app, db, contract.listProposedEvidence, {
    action: 'assessment.read',
    target: onUnit,
    handler: async (ctx) => {
      const loaded = await self.loadUnit(
        ctx.db,
        ctx.actor.tenantId,
        ctx.params.id,
        ctx.params.organisationId,
      );
      const items = await listProposals(ctx.db, loaded, ctx.query.nodeCode);
      return { items: items.map(({ submissionId: _submission, ...item }) => item) };
    },
  });

  defineRoute(app, db, listSelfKpiProposals, {
    action: 'assessment.read',
    target: onUnit,
    handler: (ctx) =>
      self.listSelfKpiProposals(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
      }),
  });

  defineRoute(app, db, contract.submitSelfAssessment, {
    action: 'assessment.submit',
    target: onUnit,
    handler: (ctx) =>
      submission.submitSelfAssessment(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.withdrawSelfAssessment, {
    action: 'assessment.submit',
    target: onUnit,
    handler: (ctx) =>
      submission.withdrawSelfAssessment(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.getRoundCompletion, {
    action: 'assessment.read',
    scope: 'grants',
    handler: (ctx) => submission.getRoundCompletion(ctx, { roundId: ctx.params.id }),
  });
}
