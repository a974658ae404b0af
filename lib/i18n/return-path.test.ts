import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

const origin = 'http://localhost:3000';

describe('returnPath', () => {
  it('goes back to the page, query included', () => {
    expect(returnPath('http://localhost:3000/tiktok/delete-account?flow=leave', origin)).toBe('/tiktok/delete-account?flow=leave');
  });

  it('goes home for anything not on this site', () => {
    expect(returnPath(null, origin)).toBe('/');
    expect(returnPath('not a url', origin)).toBe('/');
    expect(returnPath('https://evil.example/tiktok', origin)).toBe('/');
    expect(returnPath('http://localhost:3001/tiktok', origin)).toBe('/');
    expect(returnPath('http://localhost:3000//evil.example/x', origin)).toBe('/');
    expect(returnPath('http://localhost:3000/api/locale', origin)).toBe('/');
  });
});
