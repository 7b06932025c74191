/** Puts a 400's `details[].field` messages on the matching antd form fields. */
import type { FormInstance } from 'antd';
import type { ErrorDetail } from '@contract/common';
import { isApiError } from './api-client';

/** Per-field messages for the fields the form has, and the messages that fit no field. */
export function splitFieldErrors(
  details: readonly ErrorDetail[],
  formFields: readonly string[],
): { byField: Map<string, string[]>; unplaced: string[] } {
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const detail of details) {
    // 'successorIds.2' belongs to the successorIds field.
    const field = detail.field?.split('.')[0];
    if (field && formFields.includes(field)) {
      byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    } else {
      unplaced.push(detail.message);
    }
  }
  return { byField, unplaced };
}

/**
 * Shows field errors on the form; returns true when every detail found its field, so the
 * caller can skip the general error banner.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  formFields: readonly string[],
): boolean {
  if (!isApiError(error, 400) || error.details.length === 0) return false;
  const { byField, unplaced } = splitFieldErrors(error.details, formFields);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unplaced.length === 0;
}
