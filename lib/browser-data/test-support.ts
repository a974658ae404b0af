/** A Storage stand-in for tests; `failWrites` mimics a full or blocked storage. */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Other tabs' writes arrive as `storage` events on the window; this stands in for it. */
export function otherTabEvents() {
  const target = new EventTarget();
  return {
    events: target as unknown as Window,
    fire(key: string | null) {
      const event = new Event('storage') as Event & { key: string | null };
      Object.defineProperty(event, 'key', { value: key });
      target.dispatchEvent(event);
    },
  };
}
