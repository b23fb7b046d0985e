// Which photos the app worker answers and keeps: the app's and the source's photo origins only, readable answers only.
import { describe, expect, it } from 'vitest';
import { allowedPhotoUrl, isPhotoRequest, isStorablePhoto, readablePhotoRequest } from './photos';

const origins = { app: 'https://news.example', others: ['https://cdn.example'] };

/** What a no-cors fetch of another origin brings: status 0, nothing readable (Node cannot make one). */
const opaque = Object.defineProperties(new Response(null, { status: 200 }), { type: { value: 'opaque' }, status: { value: 0 } });

describe('allowedPhotoUrl', () => {
  it('takes the app’s photos, relative or absolute, and the photo origins’', () => {
    expect(allowedPhotoUrl('/images/bridge-480.webp', origins)?.href).toBe('https://news.example/images/bridge-480.webp');
    expect(allowedPhotoUrl('https://news.example/images/a.webp', origins)?.href).toBe('https://news.example/images/a.webp');
    expect(allowedPhotoUrl('https://cdn.example/p/a.webp?w=300', origins)?.href).toBe('https://cdn.example/p/a.webp?w=300');
  });

  it('refuses a protocol-relative address, which only looks like one of the app’s', () => {
    expect(allowedPhotoUrl('//evil.example/images/a.webp', origins)).toBeNull();
    expect(allowedPhotoUrl('/\\evil.example/images/a.webp', origins)).toBeNull();
  });

  it('refuses origins that only start like an allowed one, and other schemes', () => {
    expect(allowedPhotoUrl('https://news.example.evil.example/a.webp', origins)).toBeNull();
    expect(allowedPhotoUrl('https://cdn.example:8443/a.webp', origins)).toBeNull();
    expect(allowedPhotoUrl('data:image/png;base64,AAAA', origins)).toBeNull();
    expect(allowedPhotoUrl('http://[bad', origins)).toBeNull();
  });
});

describe('isPhotoRequest', () => {
  it('answers images from allowed origins and the app’s /images/, nothing else', () => {
    expect(isPhotoRequest({ url: 'https://cdn.example/a.webp', destination: 'image' }, origins)).toBe(true);
    expect(isPhotoRequest({ url: 'https://news.example/images/a.webp', destination: '' }, origins)).toBe(true);
    expect(isPhotoRequest({ url: 'https://tracker.example/pixel.gif', destination: 'image' }, origins)).toBe(false);
    expect(isPhotoRequest({ url: 'https://cdn.example/images/a.webp', destination: '' }, origins)).toBe(false);
    expect(isPhotoRequest({ url: 'https://news.example/assets/app.js', destination: 'script' }, origins)).toBe(false);
  });
});

describe('isStorablePhoto', () => {
  it('keeps a readable 200 and never an opaque answer, whose size reads as 0 while it costs megabytes of quota', () => {
    expect(isStorablePhoto(new Response('webp', { status: 200 }))).toBe(true);
    expect(isStorablePhoto(opaque)).toBe(false);
    expect(isStorablePhoto(new Response('gone', { status: 404 }))).toBe(false);
  });
});

describe('readablePhotoRequest', () => {
  it('asks another origin for an <img>’s photo with CORS, so the answer can be kept', () => {
    const img = new Request('https://cdn.example/a.webp', { mode: 'no-cors' });
    const sent = readablePhotoRequest(img, origins);
    expect(sent.mode).toBe('cors');
    expect(sent.credentials).toBe('omit');
    expect(sent.url).toBe(img.url);
  });

  it('leaves the app’s own and already-CORS requests as they are', () => {
    const own = new Request('https://news.example/images/a.webp', { mode: 'no-cors' });
    const cors = new Request('https://cdn.example/a.webp');
    expect(readablePhotoRequest(own, origins)).toBe(own);
    expect(readablePhotoRequest(cors, origins)).toBe(cors);
  });
});
