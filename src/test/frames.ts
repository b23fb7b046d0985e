// Waiting for frames in jsdom tests: a frame callback, then the task after it (as the app's afterNextFrame waits).

/** `n` frames from now (one by default), each followed by a task. */
export async function frames(n = 1): Promise<void> {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
