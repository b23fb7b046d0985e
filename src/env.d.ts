// Build-time constants defined in vite.config.ts.
declare const __LEDE_DEMO__: boolean;

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_PUBLICATION_TIME_ZONE?: string;
  readonly VITE_PUBLICATION_ZONE_LABEL?: string;
  /** 'true' only in the e2e suite's demo build: the mock API's failure scenarios, switched by cookie. */
  readonly VITE_LEDE_TEST_SCENARIOS?: string;
}
