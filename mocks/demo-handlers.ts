// The handlers the demo build answers /api with: the content, plus the cookie-switched failure scenarios only when
// built for the e2e suite (VITE_LEDE_TEST_SCENARIOS=true); the demo a visitor gets has no test switches.
import type { HttpHandler } from 'msw';
import { handlers } from './handlers';
import { scenarioCookieHandler } from './handlers/scenarios';

export const demoHandlers: HttpHandler[] = import.meta.env.VITE_LEDE_TEST_SCENARIOS === 'true' ? [scenarioCookieHandler(), ...handlers] : handlers;
