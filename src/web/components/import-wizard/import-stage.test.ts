import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '@web/lib/api-client';
import { importStage } from './import-stage';

const preview = { dryRun: true, rows: 3 };
const written = { dryRun: false, rows: 3 };
const refusal = new ApiRequestError(400, 'VALIDATION', 'Tệp có lỗi', [
  { row: 4, field: 'code', message: 'Mã trùng' },
]);

describe('importStage', () => {
  it('is idle before any file is chosen', () => {
    expect(importStage({ isPending: false, data: undefined, error: null })).toEqual({
      kind: 'idle',
    });
  });

  it('shows the check in progress, not the last answer, while pending', () => {
    expect(importStage({ isPending: true, data: preview, error: null }).kind).toBe('checking');
  });

  it('previews a dry-run answer', () => {
    expect(importStage({ isPending: false, data: preview, error: null })).toEqual({
      kind: 'checked',
      checked: preview,
    });
  });

  it('does not preview a written import (the screen closes on it)', () => {
    expect(importStage({ isPending: false, data: written, error: null }).kind).toBe('idle');
  });

  it('lists the rows of a 400 refusal', () => {
    const stage = importStage({ isPending: false, data: undefined, error: refusal });
    expect(stage.kind === 'refused' && stage.refusal.details[0]?.row).toBe(4);
  });

  it('treats any other error as a failure, not a refusal', () => {
    const error = new ApiRequestError(500, 'INTERNAL', 'Lỗi máy chủ');
    expect(importStage({ isPending: false, data: undefined, error })).toEqual({
      kind: 'failed',
      error,
    });
  });
});
