// Build and test configuration. Demo mode (no VITE_API_BASE_URL) ships MSW and the fixtures; live mode ships neither.
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { defineConfig, loadEnv } from 'vite';
import { configDefaults } from 'vitest/config';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const demo = !(env.VITE_API_BASE_URL ?? process.env.VITE_API_BASE_URL);
  return {
    plugins: [react(), ...(demo && mode !== 'test' ? [msw({ mode: 'worker-only' })] : [])],
    define: { __LEDE_DEMO__: JSON.stringify(demo) },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: true },
    build: { target: 'es2022', sourcemap: false, outDir: process.env.LEDE_OUT_DIR ?? 'dist' },
    test: {
      environment: 'jsdom',
      setupFiles: ['./vitest.setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
      exclude: [...configDefaults.exclude, 'e2e/**'],
      restoreMocks: true,
    },
  };
});
