import { describe, expect, it } from 'vitest';
import { MemoryCacheStorage } from '../test/memory-cache';
import { SAVED_CACHE } from '../lib/cache-names';
import { workerSavesData } from './data-saver';

const APP = 'https://news.example';

describe('workerSavesData', () => {
  it("follows the setting the page left, and on 'auto' (or none) the browser's Save-Data signal", async () => {
    const caches = new MemoryCacheStorage();
    expect([await workerSavesData(caches, APP, undefined), await workerSavesData(caches, APP, true)]).toEqual([false, true]);
    const leave = async (setting: string) => (await caches.open(SAVED_CACHE)).put(`${APP}/__lede/data-saver`, new Response(setting));
    await leave('on');
    expect([await workerSavesData(caches, APP, false), await workerSavesData(caches, APP, undefined)]).toEqual([true, true]);
    await leave('off');
    expect(await workerSavesData(caches, APP, true)).toBe(false);
    await leave('auto');
    expect([await workerSavesData(caches, APP, false), await workerSavesData(caches, APP, true)]).toEqual([false, true]);
  });
});
