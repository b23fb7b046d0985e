// Service worker of the HTTP-API build: the app shell offline, plus bounded caches of the real content API (Lede's or WordPress's).
/// <reference lib="webworker" />
import { isWordPressRestUrl, isWordPressStoryUrl, wordpressPermalinks, wordpressRestBase } from '../../api/sources/wordpress/urls';
import { cacheContentApi, installShell, smallestImageUrls } from '../core';
import { wordpressStoryImages } from './wordpress-images';

installShell();
const wordpressUrl = import.meta.env.VITE_CONTENT_SOURCE === 'wordpress' ? import.meta.env.VITE_WORDPRESS_URL : undefined;
const imageOrigins = (import.meta.env.VITE_IMAGE_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
const restBase = wordpressUrl ? wordpressRestBase(wordpressUrl, wordpressPermalinks(import.meta.env.VITE_WORDPRESS_PERMALINKS)) : '';
const apiBase = new URL(import.meta.env.VITE_API_BASE_URL ?? '/api', self.location.origin);
cacheContentApi(
  wordpressUrl
    ? {
        isApi: (url) => isWordPressRestUrl(url, restBase),
        isStory: isWordPressStoryUrl,
        storyImages: wordpressStoryImages,
        imageOrigins: [new URL(wordpressUrl).origin, ...imageOrigins],
        savedIgnoresSearch: false,
      }
    : {
        isApi: (url) => url.origin === apiBase.origin && url.pathname.startsWith(`${apiBase.pathname.replace(/\/$/, '')}/`),
        isStory: (url) => /\/stories\/[^/]+$/.test(url.pathname),
        storyImages: smallestImageUrls,
        imageOrigins,
        savedIgnoresSearch: true,
      },
);
