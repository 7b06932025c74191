import { describe, expect, it } from 'vitest';
import { importEtaSeconds } from './import-eta';

describe('importEtaSeconds', () => {
  it('divides the bytes left by the bytes read per second so far', () => {
    // 25 MB in 10 s = 2.5 MB/s; 75 MB left → 30 s.
    expect(importEtaSeconds({ sizeBytes: 100e6, bytesRead: 25e6, elapsedSeconds: 10 })).toBe(30);
    // 3 MB of 4 MB in 6 s = 0.5 MB/s; 1 MB left → 2 s.
    expect(importEtaSeconds({ sizeBytes: 4e6, bytesRead: 3e6, elapsedSeconds: 6 })).toBe(2);
  });

  it('is unknown before anything was read or any time passed, and 0 once all is read', () => {
    expect(importEtaSeconds({ sizeBytes: 100, bytesRead: 0, elapsedSeconds: 5 })).toBeNull();
    expect(importEtaSeconds({ sizeBytes: 100, bytesRead: 50, elapsedSeconds: 0 })).toBeNull();
    expect(importEtaSeconds({ sizeBytes: 0, bytesRead: 50, elapsedSeconds: 5 })).toBeNull();
    expect(importEtaSeconds({ sizeBytes: 100, bytesRead: 100, elapsedSeconds: 5 })).toBe(0);
    expect(importEtaSeconds({ sizeBytes: 100, bytesRead: 120, elapsedSeconds: 5 })).toBe(0);
  });
});
