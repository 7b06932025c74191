// Plumbing for browser journeys: the API calls a journey makes to set up its own data before it
// opens a screen, with the session and CSRF token of the signed-in page.
import { expect } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { baseUrl, csrfOf } from './browser';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${baseUrl()}${path}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** A write with the session's CSRF token; fails the test on anything but 2xx. */
export async function sendJson<T>(
  request: APIRequestContext,
  method: 'post' | 'patch' | 'put',
  path: string,
  data?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await request[method](`${baseUrl()}${path}`, {
    data,
    headers: { 'x-csrf-token': await csrfOf(request), ...headers },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** `If-Match` for a versioned write. */
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** Imports a results workbook into a framework (all or nothing; fails the test on a refusal). */
export async function importResults(
  request: APIRequestContext,
  frameworkId: string,
  workbook: Buffer,
): Promise<void> {
  const response = await request.post(`${baseUrl()}/api/frameworks/${frameworkId}/results/import`, {
    headers: { 'x-csrf-token': await csrfOf(request) },
    multipart: { file: { name: 'ket-qua.xlsx', mimeType: XLSX_TYPE, buffer: workbook } },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** The id of each unit of the tenant, by code. */
export async function unitIdsByCode(request: APIRequestContext): Promise<Map<string, string>> {
  const units = await getJson<{ items: { id: string; code: string }[] }>(
    request,
    '/api/organisations?includeClosed=true',
  );
  return new Map(units.items.map((unit) => [unit.code, unit.id]));
}
