// The demo round as the demo accounts meet it on 10/12/2026 (the browser journeys' day): the focal
// user manages the departments' round in self-assessment with its window open; a department's
// editor reads it and may self-assess only its own department.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../schema';
import { createTestApp, TestClient, type TestApp } from '../../../../test/test-app';
import { seedDemoDataIfEmpty } from './seed-demo';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({}, { today: '2026-12-10' });
  expect(await seedDemoDataIfEmpty(t.db)).toBe(true);
});
afterAll(() => t.close());

async function signIn(login: string) {
  const [user] = await t.db
    .select()
    .from(users)
    .where(and(eq(users.login, login)));
  return TestClient.signedInAs(t, user!);
}

describe('the demo round', () => {
  it('is the departments’ 2026 round in self-assessment, open on 10/12/2026, for the focal unit to run', async () => {
    const focal = await signIn('dongthap.noivu');
    const list = (await focal.get('/api/assessment-rounds?year=2026')).json();
    expect(list.items).toHaveLength(1);
    const round = (await focal.get(`/api/assessment-rounds/${list.items[0].id}`)).json();
    expect(round).toMatchObject({
      name: 'Đánh giá Chỉ số cải cách hành chính các sở, ban, ngành năm 2026',
      year: 2026,
      state: 'self_assessment',
      framework: { code: 'PAR-SO-2026' },
      owner: { name: 'Tỉnh Đồng Tháp' },
      windowStatus: { selfAssessment: { phase: 'open', daysLeft: 10 } },
      actions: { manage: true, transitionTo: 'appraisal' },
    });
    expect(
      round.units.map((u: { organisation: { code: string } }) => u.organisation.code).sort(),
    ).toEqual(['DT.SKHCN', 'DT.SNV', 'DT.STC', 'DT.STP', 'DT.VP']);
  });

  it('lets Văn phòng UBND tỉnh’s editor read it and self-assess its own unit only', async () => {
    const editor = await signIn('dongthap.vanphong');
    const [summary] = (await editor.get('/api/assessment-rounds')).json().items;
    const round = (await editor.get(`/api/assessment-rounds/${summary.id}`)).json();
    const vp = round.units.find(
      (u: { organisation: { code: string } }) => u.organisation.code === 'DT.VP',
    );
    expect(round.actions).toMatchObject({ manage: false, self: [vp.organisation.id] });
  });

  it('gives the second province no round', async () => {
    const other = await signIn('vinhlong.noivu');
    expect((await other.get('/api/assessment-rounds')).json().items).toEqual([]);
  });
});
