/** Labels of audit actions and object kinds; names the dictionary does not know are shown as sent. */
import type { TFunction } from 'i18next';
import { vi } from '@web/lib/locales/vi';

type ActionGroups = typeof vi.auditAction;
type KnownAuditAction = {
  [Group in keyof ActionGroups]: `${Group & string}.${keyof ActionGroups[Group] & string}`;
}[keyof ActionGroups];
type KnownObjectType = keyof typeof vi.auditObject;

/** Every action name with a label, e.g. 'organisation.create' (offered in the action filter). */
export const KNOWN_AUDIT_ACTIONS = Object.entries(vi.auditAction).flatMap(([group, actions]) =>
  Object.keys(actions).map((action) => `${group}.${action}` as KnownAuditAction),
);

function isKnownAuditAction(action: string): action is KnownAuditAction {
  return (KNOWN_AUDIT_ACTIONS as string[]).includes(action);
}

function isKnownObjectType(objectType: string): objectType is KnownObjectType {
  return Object.hasOwn(vi.auditObject, objectType);
}

/** "Thêm đơn vị" for 'organisation.create'. */
export function labelAuditAction(t: TFunction, action: string): string {
  return isKnownAuditAction(action) ? t(`auditAction.${action}`) : action;
}

/** "Đơn vị" for 'organisation'. */
export function labelAuditObjectType(t: TFunction, objectType: string): string {
  return isKnownObjectType(objectType) ? t(`auditObject.${objectType}`) : objectType;
}
