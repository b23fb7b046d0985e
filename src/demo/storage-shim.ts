// MSW's cookie store expects `localStorage`, which service workers do not have; give it an in-memory one.
// Imported before msw so it exists when msw's modules initialise.
if (typeof (globalThis as { localStorage?: unknown }).localStorage === 'undefined') {
  const data = new Map<string, string>();
  const memoryStorage: Storage = {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage, configurable: true });
}
export {};
