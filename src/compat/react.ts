// The `react` module as the app and its libraries see it: Preact's React-compatible layer (preact/compat) plus the
// one React 19 hook it lacks and React Router 8 imports. Vite aliases `react` here (vite.config.ts); types still come
// from @types/react. Why Preact: docs/decisions/011-preact-renders-the-app.md.
import compat from 'preact/compat';

// @ts-expect-error -- preact/compat's types are written as `export =`; at runtime it is an ES module with named exports.
export * from 'preact/compat';

/**
 * React 19's useOptimistic shows an optimistic state only while a transition is pending. preact/compat runs
 * transitions synchronously (its startTransition calls the callback at once), so a transition is never pending and
 * the optimistic state is never visible: the passthrough state is exactly what React would show once it settles.
 */
export function useOptimistic<S>(passthrough: S): [S, (action: unknown) => void] {
  return [passthrough, ignoreOptimisticUpdate];
}

function ignoreOptimisticUpdate(_action: unknown): void {}

// React's default export is the same object; React Router imports it. (The one default export in src/.)
// oxlint-disable-next-line import/no-default-export
export default { ...compat, useOptimistic };
