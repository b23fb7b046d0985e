// jsdom lays nothing out and has no IntersectionObserver. This stand-in reports an observed element as in view when
// told to (`report`); the test setup's subclass reports everything observed, a microtask later, as a browser would.
export class TestIntersectionObserver implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin: string;
  readonly scrollMargin = '0px';
  readonly thresholds = [0];
  readonly observing = new Set<Element>();
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.rootMargin = options?.rootMargin ?? '0px';
  }
  observe(target: Element) {
    this.observing.add(target);
  }
  unobserve(target: Element) {
    this.observing.delete(target);
  }
  disconnect() {
    this.observing.clear();
  }
  takeRecords() {
    return [];
  }
  /** Tells the observer's owner that `target` is in view. */
  report(target: Element) {
    const box = target.getBoundingClientRect();
    this.callback(
      [{ target, isIntersecting: true, intersectionRatio: 1, boundingClientRect: box, intersectionRect: box, rootBounds: null, time: 0 }],
      this,
    );
  }
}

/** Everything observed is in view (there is no layout to say otherwise), reported a moment later. */
export class InViewIntersectionObserver extends TestIntersectionObserver {
  override observe(target: Element) {
    super.observe(target);
    queueMicrotask(() => {
      if (this.observing.has(target)) this.report(target);
    });
  }
}
