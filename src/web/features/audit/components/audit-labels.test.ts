import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, type AuditAction } from '@contract/audit';
import { changeLanguage, i18next } from '@web/lib/i18n';
import '@web/lib/signed-in-dictionary';
import { labelAuditAction, labelAuditObjectType, listAuditActionOptions } from './audit-labels';

const languages = ['vi', 'en'] as const;
const translators = {} as Record<(typeof languages)[number], TFunction>;

beforeAll(async () => {
  // Loads the English dictionary the way the app does when English is chosen.
  await changeLanguage('en');
  await changeLanguage('vi');
  for (const language of languages) translators[language] = i18next.getFixedT(language);
});
afterAll(() => changeLanguage('vi'));

/**
 * The names whose label is empty, shows the name (or the dictionary key i18next answers with
 * when it finds no text), or is shared with another name.
 */
function findPoorLabels(names: readonly string[], label: (name: string) => string): string[] {
  const labels = names.map(label);
  return names.filter((name, i) => {
    const text = labels[i]!.trim();
    return text === '' || text.includes(name) || labels.indexOf(labels[i]!) !== i;
  });
}

describe('audit labels', () => {
  it.each(languages)('give every audited action its own label (%s)', (language) => {
    const t = translators[language];
    expect(findPoorLabels(AUDIT_ACTIONS, (action) => labelAuditAction(t, action))).toEqual([]);
  });

  it.each(languages)('give every audited object kind its own label (%s)', (language) => {
    const t = translators[language];
    expect(
      findPoorLabels(AUDIT_OBJECT_TYPES, (objectType) => labelAuditObjectType(t, objectType)),
    ).toEqual([]);
  });

  it('find the labels of three-part names in the Vietnamese a civil servant reads', () => {
    const t = translators.vi;
    expect(labelAuditAction(t, 'auth.two_factor.enable')).toBe('Bật xác thực hai bước');
    expect(labelAuditAction(t, 'auth.session.sign_out_others')).toBe('Đăng xuất các phiên khác');
    expect(labelAuditAction(t, 'user.reset_two_factor')).toBe(
      'Đặt lại xác thực hai bước cho người dùng',
    );
    expect(labelAuditAction(t, 'notification_preferences.save')).toBe('Lưu cài đặt nhận thông báo');
    expect(labelAuditObjectType(t, 'plan_task')).toBe('Nhiệm vụ');
    expect(labelAuditAction(translators.en, 'auth.two_factor.enable')).toBe(
      'Turn on two-step verification',
    );
  });

  it('leave out of the audit names one nobody listed (the server cannot write it)', () => {
    // @ts-expect-error tsc refuses an action name outside the contract's list.
    const unlisted: AuditAction = 'plan.approve';
    expect(AUDIT_ACTIONS).not.toContain(unlisted);
  });

  it('show a name an older version wrote, and no longer listed, as it was sent', () => {
    const t = translators.vi;
    expect(labelAuditAction(t, 'role.grant')).toBe('role.grant');
    expect(labelAuditAction(t, 'auth')).toBe('auth');
    expect(labelAuditObjectType(t, 'role')).toBe('role');
  });

  it('offer every audited action in the action filter, labelled and named', () => {
    const options = listAuditActionOptions(translators.vi);
    expect(options.map((option) => option.value)).toEqual([...AUDIT_ACTIONS]);
    expect(options).toContainEqual({
      value: 'assessment.appraise',
      label: 'Thẩm định (assessment.appraise)',
    });
    expect(options).toContainEqual({
      value: 'auth.session.end',
      label: 'Kết thúc một phiên đăng nhập (auth.session.end)',
    });
  });
});
