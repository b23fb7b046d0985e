// Service worker of the HTTP-API build: the app shell offline, plus bounded caches of the build's content source
// (Lede's contract or WordPress), chosen by `__LEDE_SOURCE__` so the worker carries that source's rules only.
/// <reference lib="webworker" />
import type { ContentSourceWorker } from '../../api/source-worker';
import { ledeWorkerOfBuild } from '../../api/sources/lede/worker';
import { wordpressWorkerOfBuild } from '../../api/sources/wordpress/worker';
import { cacheContentApi } from '../content-cache';
import { installShell } from '../shell';

declare const self: ServiceWorkerGlobalScope;

// VITE_IMAGE_ORIGINS, checked by the build (build/content-source.ts), as origins.
const imageOrigins = (import.meta.env.VITE_IMAGE_ORIGINS ?? '')
  .split(',')
  .map((value) => value.trim())
  .filter(Boolean)
  .map((value) => new URL(value).origin);

const source: ContentSourceWorker =
  __LEDE_SOURCE__ === 'wordpress' ? wordpressWorkerOfBuild(imageOrigins) : ledeWorkerOfBuild(self.location.origin, imageOrigins);

cacheContentApi(source, installShell(source.imageOrigins));
