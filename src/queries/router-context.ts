// Router context that hands every loader the app's QueryClient.
import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react-router';

export const queryClientContext = createContext<QueryClient>();
