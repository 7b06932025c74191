import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('PARPLAN_TODAY', () => {
  it('fixes the day the app takes as today, outside production', () => {
    const config = loadConfig({ NODE_ENV: 'test', PARPLAN_TODAY: '2026-12-10' });
    expect(config.clock.today()).toBe('2026-12-10');
  });

  it('is refused in production and when it is not a date', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PARPLAN_TODAY: '2026-12-10' })).toThrow(
      /PARPLAN_TODAY/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', PARPLAN_TODAY: '10/12/2026' })).toThrow(
      /PARPLAN_TODAY/,
    );
  });

  it('leaves the real clock when unset', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).clock.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
