import { describe, expect, it } from 'vitest';
import { findModuleByLocation, safeReturnPath } from './app-modules';

describe('safeReturnPath', () => {
  it('returns the user to the page they wanted inside the app', () => {
    expect(safeReturnPath('/organisations?unit=abc')).toBe('/organisations?unit=abc');
  });

  it('never sends the user to another site or back to the login page', () => {
    for (const candidate of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/login',
      42,
      undefined,
    ]) {
      expect(safeReturnPath(candidate)).toBe('/');
    }
  });
});

describe('findModuleByLocation', () => {
  it('matches a module by its path prefix, and the overview only at the root', () => {
    expect(findModuleByLocation('/users')?.key).toBe('users');
    expect(findModuleByLocation('/organisations/123')?.key).toBe('organisations');
    expect(findModuleByLocation('/')?.key).toBe('overview');
    expect(findModuleByLocation('/usersx')).toBeUndefined();
  });
});
