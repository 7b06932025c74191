// Loads DEMO_TENANTS into an empty database through the repositories, in one transaction.
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import type { Database } from '../client';
import { tenants } from '../schema';
import { insertOrganisation, insertSuccessions } from '../../organisations/organisation.repository';
import { insertRoleGrant, insertUser } from '../../users/user.repository';
import { hashPassword } from '../../auth/password-hash';
import { DEMO_PASSWORD, DEMO_ROUND, DEMO_TENANTS, type DemoTenant } from './demo-data';
import { seedDemoRound } from './seed-demo-round';

async function seedTenant(db: Database, tenant: DemoTenant, passwordHash: string): Promise<void> {
  const [row] = await db
    .insert(tenants)
    .values({ code: tenant.code, name: tenant.name })
    .returning();
  const tenantId = row!.id;
  const ids = new Map<string, string>();
  for (const org of tenant.organisations) {
    const created = await insertOrganisation(db, {
      tenantId,
      code: org.code,
      name: org.name,
      searchText: foldVietnamese(`${org.code} ${org.name}`),
      type: org.type,
      parentId: org.parent ? ids.get(org.parent)! : null,
      validFrom: org.validFrom,
      validTo: org.validTo ?? null,
    });
    ids.set(org.code, created.id);
  }
  for (const org of tenant.organisations) {
    await insertSuccessions(
      db,
      (org.successors ?? []).map((code) => ({
        tenantId,
        predecessorId: ids.get(org.code)!,
        successorId: ids.get(code)!,
        effectiveDate: org.validTo!,
      })),
    );
  }
  for (const user of tenant.users) {
    const created = await insertUser(db, {
      tenantId,
      login: user.login,
      fullName: user.fullName,
      email: null,
      passwordHash,
      homeOrganisationId: ids.get(user.home)!,
    });
    await insertRoleGrant(db, {
      tenantId,
      userId: created.id,
      organisationId: ids.get(user.roleAt)!,
      role: user.role,
    });
  }
  if (tenant.code === DEMO_ROUND.tenant) await seedDemoRound(db, tenantId, ids);
}

/** Seeds the demo tenants when the database has no tenant yet; returns whether it did. */
export async function seedDemoDataIfEmpty(db: Database): Promise<boolean> {
  const existing = await db.select({ id: tenants.id }).from(tenants).limit(1);
  if (existing.length) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const tenant of DEMO_TENANTS) await seedTenant(tx, tenant, passwordHash);
  });
  return true;
}
