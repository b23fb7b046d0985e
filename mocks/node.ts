// MSW in Node: Vitest answers /api from the same handlers and fixtures as the browser.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
