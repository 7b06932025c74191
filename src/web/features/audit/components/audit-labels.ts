/**
 * Labels of audit actions and object kinds. Every name the server may write has one (the
 * dictionaries are keyed by the contract's lists); a name no longer listed, on a row written by
 * an older version, is shown as sent.
 */
import type { TFunction } from 'i18next';
import {
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPES,
  type AuditAction,
  type AuditObjectType,
} from '@contract/audit';

function isListedAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

function isListedObjectType(objectType: string): objectType is AuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(objectType);
}

/** "Thêm đơn vị" for 'organisation.create'; an unlisted name as it is. */
export function labelAuditAction(t: TFunction, action: string): string {
  return isListedAuditAction(action) ? t(`auditAction.${action}`) : action;
}

/** "Đơn vị" for 'organisation'; an unlisted kind as it is. */
export function labelAuditObjectType(t: TFunction, objectType: string): string {
  return isListedObjectType(objectType) ? t(`auditObject.${objectType}`) : objectType;
}

/** The action filter's choices: every action the server may write, "label (name)". */
export function listAuditActionOptions(t: TFunction): { value: AuditAction; label: string }[] {
  return AUDIT_ACTIONS.map((action) => ({
    value: action,
    label: `${labelAuditAction(t, action)} (${action})`,
  }));
}
