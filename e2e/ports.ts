// Ports of the servers the e2e suite starts: demo build, live build, and the live build's content API.
export const DEMO_PORT = Number(process.env.LEDE_E2E_PORT ?? 4173);
export const LIVE_PORT = Number(process.env.LEDE_E2E_LIVE_PORT ?? 4174);
export const API_PORT = Number(process.env.LEDE_API_PORT ?? 8787);
/** What the live build is compiled against (see the build:live script). */
export const LIVE_API_BASE = `http://127.0.0.1:${API_PORT}/api`;
