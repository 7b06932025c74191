import { describe, expect, it } from 'vitest';
import { formatUnreadCount, toInternalPath } from './notifications-api';

describe('notification helpers', () => {
  it('opens only links inside the app', () => {
    expect(toInternalPath('/reports/p/2024-M03/u')).toBe('/reports/p/2024-M03/u');
    expect(toInternalPath('//evil.example/x')).toBeNull();
    expect(toInternalPath('/\\evil.example')).toBeNull();
    expect(toInternalPath('https://evil.example')).toBeNull();
    expect(toInternalPath(null)).toBeNull();
  });

  it('caps the badge at 99+', () => {
    expect(formatUnreadCount(7)).toBe('7');
    expect(formatUnreadCount(120)).toBe('99+');
  });
});
