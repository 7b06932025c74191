// Test set-up for plans: huyện Lấp Vò with the offices sample 000 names as lead units, a focal
// user at the district, editors in two offices, and the district's 2023 results on the sample's
// sub-criteria (so "Lập kế hoạch khắc phục" has points to recover).
import {
  buildSample000ExcerptFramework,
  sample000Results,
} from '@domain/results/sample-000.fixture';
import type { OrganisationRow } from '../src/server/organisations/organisation.repository';
import { buildOrganisation, buildTenant, buildUser } from './factories';
import type { UserRow } from '../src/server/users/user.repository';
import { buildFrameworkRow, buildUnitResult } from './framework-factories';
import { TestClient, type TestApp } from './test-app';

/** The offices of the district, named as sample 000's framework defaults name them. */
export const DISTRICT_OFFICES = [
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính – Kế hoạch',
  'Phòng Văn hóa và Thông tin',
  'Văn phòng HĐND và UBND',
] as const;

/** A district (with offices and a commune) in a province, its users and its 2023 result. */
export interface DistrictFixture {
  tenantId: string;
  province: OrganisationRow;
  district: OrganisationRow;
  commune: OrganisationRow;
  offices: Record<(typeof DISTRICT_OFFICES)[number], OrganisationRow>;
  frameworkId: string;
  users: {
    provinceFocal: UserRow;
    focal: UserRow;
    leader: UserRow;
    nvEditor: UserRow;
    vhEditor: UserRow;
    tpEditor: UserRow;
  };
  client(user: UserRow): Promise<TestClient>;
}

/** Builds a fresh tenant holding the district fixture. */
export async function buildDistrictFixture(t: TestApp): Promise<DistrictFixture> {
  const { tenant, root } = await buildTenant(t.db);
  const district = await buildOrganisation(t.db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'district',
    name: 'Huyện Lấp Vò',
  });
  const offices = {} as DistrictFixture['offices'];
  for (const name of DISTRICT_OFFICES) {
    offices[name] = await buildOrganisation(t.db, {
      tenantId: tenant.id,
      parentId: district.id,
      type: 'sub_unit',
      name,
    });
  }
  const commune = await buildOrganisation(t.db, {
    tenantId: tenant.id,
    parentId: district.id,
    type: 'commune',
    name: 'Xã Tân Mỹ',
  });
  const user = (organisation: OrganisationRow, role: 'focal' | 'leader' | 'editor') =>
    buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: organisation.id,
      grants: [{ role, organisationId: organisation.id }],
    });
  const framework = await buildFrameworkRow(t.db, {
    tenantId: tenant.id,
    ownerOrganisationId: root.id,
    unitTypes: ['district'],
    nodes: buildSample000ExcerptFramework().nodes,
  });
  await buildUnitResult(t.db, {
    framework,
    organisationId: district.id,
    entries: sample000Results(),
  });
  return {
    tenantId: tenant.id,
    province: root,
    district,
    commune,
    offices,
    frameworkId: framework.id,
    users: {
      provinceFocal: await user(root, 'focal'),
      focal: await user(district, 'focal'),
      leader: await user(district, 'leader'),
      nvEditor: await user(offices['Phòng Nội vụ'], 'editor'),
      vhEditor: await user(offices['Phòng Văn hóa và Thông tin'], 'editor'),
      tpEditor: await user(offices['Phòng Tư pháp'], 'editor'),
    },
    client: (signedIn) => TestClient.signedInAs(t, signedIn),
  };
}
