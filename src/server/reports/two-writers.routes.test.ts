// 1,000 randomised two-writer trials on one report: both writers read the same version and save
// different drafts at once; exactly one must win, the other must get 412, and what is stored
// must be the winner's text — never a silent overwrite. (A test, not a benchmark: no timing.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionDto } from '@contract/reports';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

const TRIALS = 1000;

let t: TestApp;
let f: ReportFixture;
let writers: [TestClient, TestClient];
beforeAll(async () => {
  t = await createTestApp();
  f = await buildReportFixture(t);
  // Two people of the same office, each in their own session.
  writers = [await f.client(f.users.nvEditor), await f.client(f.users.nvEditor)];
  // The report exists before the trials: each save then raises the version by exactly one.
  const created = await writers[0].request('PUT', reportUrl(f.plan, '2024-Q1', f.nvId), {
    body: { difficulties: 'bản đầu' },
    headers: ifMatch(0),
  });
  expect(created.statusCode, created.body).toBe(200);
});
afterAll(() => t.close());

/** A small deterministic generator, so a failing trial can be replayed from its number. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('two writers on one submission', () => {
  it(`lets exactly one of two concurrent saves win in each of ${TRIALS} trials, the other gets 412`, async () => {
    const url = reportUrl(f.plan, '2024-Q1', f.nvId);
    let silentOverwrites = 0;
    const outcomes = { firstWon: 0, secondWon: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const next = random(trial + 1);
      const { version } = (await writers[0].get(url)).json() as SubmissionDto;
      const texts = [
        `A${trial}-${next().toString(36).slice(2, 8)}`,
        `B${trial}-${next().toString(36).slice(2, 8)}`,
      ];
      // Random order and a random head start of 0–2 ms for either writer.
      const order = next() < 0.5 ? [0, 1] : [1, 0];
      const delays = [Math.floor(next() * 3), Math.floor(next() * 3)];
      const results = await Promise.all(
        order.map(async (writer, slot) => {
          await new Promise((resolve) => setTimeout(resolve, delays[slot]));
          const response = await writers[writer]!.request('PUT', url, {
            body: { difficulties: texts[writer] },
            headers: ifMatch(version),
          });
          return { writer, status: response.statusCode };
        }),
      );
      const statuses = results.map((result) => result.status).sort();
      expect(statuses, `trial ${trial}`).toEqual([200, 412]);
      const winner = results.find((result) => result.status === 200)!.writer;
      const stored = (await writers[0].get(url)).json() as SubmissionDto;
      if (stored.difficulties !== texts[winner] || stored.version !== version + 1)
        silentOverwrites++;
      outcomes[winner === 0 ? 'firstWon' : 'secondWon']++;
    }
    expect(silentOverwrites).toBe(0);
    // Both writers won some trials: the race was real, not decided by the order of the code.
    expect(outcomes.firstWon).toBeGreaterThan(0);
    expect(outcomes.secondWon).toBeGreaterThan(0);
  }, 600_000);
});
