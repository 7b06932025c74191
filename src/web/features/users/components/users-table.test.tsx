// The users table shows "Xác thực 2 bước" on accounts that have it on, and the reset button only
// where the list's ability allows it — never decided from roles (the confirm dialog is driven in
// e2e/mfa.journey.test.ts).
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import '@web/lib/signed-in-dictionary';
import type { UserListItem } from '@contract/users';
import { UsersTable } from './users-table';

const buildItem = (changes: {
  twoFactorEnabled: boolean;
  abilities: Partial<UserListItem['abilities']>;
}): UserListItem => ({
  id: '00000000-0000-4000-8000-000000000001',
  login: 'tran.thi.bao.mat',
  fullName: 'Trần Thị Bảo Mật',
  email: null,
  homeOrganisationId: '00000000-0000-4000-8000-000000000002',
  homeOrganisationName: 'Phòng Cải cách hành chính',
  isActive: true,
  lastLoginAt: null,
  twoFactorEnabled: changes.twoFactorEnabled,
  roles: [],
  version: 1,
  abilities: {
    canEdit: false,
    canGrantRole: false,
    canUnlock: false,
    canResetTwoFactor: false,
    ...changes.abilities,
  },
});

const render = (item: UserListItem) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <UsersTable users={[item]} isLoading={false} onEdit={() => {}} onGrantRole={() => {}} />
      </App>
    </QueryClientProvider>,
  );

describe('two-step sign-in in the users table', () => {
  it('tags an account that has it on and offers the reset when the ability says so', () => {
    const html = render(
      buildItem({ twoFactorEnabled: true, abilities: { canResetTwoFactor: true } }),
    );
    expect(html).toContain('data-testid="two-factor-tag"');
    expect(html).toContain('Xác thực 2 bước');
    expect(html).toContain('data-testid="reset-two-factor"');
    expect(html).toContain('Đặt lại xác thực hai bước');
  });

  it('tags it without a reset button for an actor who may not reset (a focal point)', () => {
    const html = render(buildItem({ twoFactorEnabled: true, abilities: {} }));
    expect(html).toContain('data-testid="two-factor-tag"');
    expect(html).not.toContain('data-testid="reset-two-factor"');
  });

  it('shows neither for an account without it, even to an administrator who may edit it', () => {
    const html = render(
      buildItem({ twoFactorEnabled: false, abilities: { canEdit: true, canUnlock: true } }),
    );
    expect(html).not.toContain('two-factor-tag');
    expect(html).not.toContain('reset-two-factor');
    expect(html).toContain('Mở khóa đăng nhập');
  });
});
