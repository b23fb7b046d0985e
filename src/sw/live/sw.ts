// Service worker of the live build: the app shell offline, plus bounded caches of the real content API.
/// <reference lib="webworker" />
import { cacheContentApi, installShell } from '../core';

installShell();
cacheContentApi(import.meta.env.VITE_API_BASE_URL ?? '/api');
