// The request path and content source as tests use them: the browser's fetch (MSW answers it in Node) and an
// observer the test can read, built the way the boot builds them (src/main.tsx).
import { createContentSource } from '../api/content';
import { createHttp, type EarlyRequest, type Http } from '../api/http';
import type { NetworkOutcome } from '../api/network-outcome';
import type { ContentSource } from '../api/source';

export interface TestRoad {
  http: Http;
  source: ContentSource;
  /** Every outcome the request path reported, in order. */
  outcomes: NetworkOutcome[];
}

/** `observe`: also told every outcome (connectivity's `observeNetwork`, as the boot wires it). */
export function testRoad({ early = null, observe }: { early?: EarlyRequest | null; observe?: (outcome: NetworkOutcome) => void } = {}): TestRoad {
  const outcomes: NetworkOutcome[] = [];
  const http = createHttp({
    fetch: (url, init) => fetch(url, init),
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
