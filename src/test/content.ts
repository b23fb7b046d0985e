// The request path and content source as tests use them: the browser's fetch (MSW answers it in Node) and an
// observer the test can read, built the way the boot builds them (src/main.tsx).
import { createContentSource } from '../api/content';
import { createHttp, type EarlyRequest, type Http, type Transport } from '../api/http';
import type { NetworkOutcome } from '../api/network-outcome';
import type { ContentSource } from '../api/source';

export interface TestRoad {
  http: Http;
  source: ContentSource;
  /** Every outcome the request path reported, in order. */
  outcomes: NetworkOutcome[];
}

interface TestRoadOptions {
  early?: EarlyRequest | null;
  /** Also told every outcome (connectivity's `observeNetwork`, as the boot wires it). */
  observe?: (outcome: NetworkOutcome) => void;
  /** How requests are sent; by default the browser's fetch, which MSW answers. */
  fetch?: Transport['fetch'];
}

export function testRoad({ early = null, observe, fetch: send = (url, init) => fetch(url, init) }: TestRoadOptions = {}): TestRoad {
  const outcomes: NetworkOutcome[] = [];
  const http = createHttp({
    fetch: send,
    observe: (outcome) => {
      outcomes.push(outcome);
      observe?.(outcome);
    },
    early,
  });
  return { http, source: createContentSource(http), outcomes };
}

/** The build's content source over a fresh request path. */
export function testSource(): ContentSource {
  return testRoad().source;
}
