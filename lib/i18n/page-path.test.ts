import { describe, expect, it } from 'vitest';
import { localizedPagePath } from './page-path';

describe('localizedPagePath', () => {
  it('puts pages under their language', () => {
    expect(localizedPagePath('/', 'es')).toBe('/es');
    expect(localizedPagePath('/tiktok', 'en')).toBe('/en/tiktok');
    expect(localizedPagePath('/tiktok/delete-account', 'es')).toBe('/es/tiktok/delete-account');
  });

  it('leaves API routes, build files and files alone', () => {
    expect(localizedPagePath('/api/health', 'es')).toBeNull();
    expect(localizedPagePath('/api', 'es')).toBeNull();
    expect(localizedPagePath('/_next/data/x.json', 'es')).toBeNull();
    expect(localizedPagePath('/manifest.webmanifest', 'es')).toBeNull();
    expect(localizedPagePath('/icons/icon-192.png', 'es')).toBeNull();
  });
});
