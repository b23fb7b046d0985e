// The deployments the `deploy` project tests (started by the suite's deploy row, scripts/suite.mjs, with
// `npm run deploy:local`), the build they serve and the same build served by scripts/serve.ts, and a raw HTTP client
// that sends and receives bytes as they are (no decompression, no URL clean-up), as a crawler or an attacker would.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { HTTP_PORT } from '../ports';
import { HTTP_DIST } from '../web-servers';
import { parseHeaderRules } from '../../build/headers';
import type { DeploymentState } from '../../scripts/deploy/processes';

/** nginx in front of the render servers; unset while the render server cannot be built (the row says why). */
export const RENDER_URL = process.env.LEDE_DEPLOY_URL;
/** nginx alone, every page the static shell. */
export const STATIC_URL = process.env.LEDE_DEPLOY_STATIC_URL ?? '';
export const DIST = resolve(HTTP_DIST);
/** The same build served by scripts/serve.ts (the `http` project's server, which every run of the suite starts). */
export const SERVE_TS_URL = `http://127.0.0.1:${HTTP_PORT}`;

/** Every header name the build's `_headers` sets, lower-case. */
export const HEADER_NAMES = [
  ...new Set(parseHeaderRules(readFileSync(join(DIST, '_headers'), 'utf8')).flatMap((rule) => rule.set.map(([name]) => name.toLowerCase()))),
];

/** A hashed file of the build, its bytes, and a hashed name the build does not have. */
export const ASSET = `/assets/${readdirSync(join(DIST, 'assets')).find((name) => /^main-.*\.js$/.test(name))}`;
export const assetBytes = () => readFileSync(join(DIST, ASSET));
export const MISSING_ASSET = '/assets/main-0000000a.js';
export const PHOTO = `/images/${readdirSync(join(DIST, 'images')).find((name) => name.endsWith('.webp'))}`;

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One request as given, its answer as sent. */
export function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const sent = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers = Object.fromEntries(
          Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
        );
        done({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    sent.on('error', fail);
    sent.end(options.body);
  });
}

/** Bytes no HTTP client library would send (a bad escape, a NUL, a header past any limit): the status line back. */
export function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => done(answer.split('\r\n')[0] ?? ''));
    socket.on('error', fail);
  });
}

/** The render deployment's state file (scripts/deploy-local.ts): its processes by name. */
export function renderDeployment(): DeploymentState {
  const port = new URL(RENDER_URL ?? '').port;
  return JSON.parse(readFileSync(resolve('.cache/deploy', port, 'state.json'), 'utf8')) as DeploymentState;
}

/** The text of HTML as a plain client reads it: tags dropped, the entities React writes decoded. */
export function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
  return (
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      // React marks where text from different expressions meets with an empty comment.
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole)
      .replace(/\s+/g, ' ')
  );
}
