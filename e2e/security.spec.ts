// The built app's Content-Security-Policy: strict, delivered as a header and a meta fallback, and enforced.
import { expect, test } from './fixtures';

test('HTML comes with a strict CSP header and the same policy as a meta fallback', async ({ page }) => {
  const response = await page.goto('/story/harbour-bridge-reopens');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  expect(header).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(header).toContain("object-src 'none'");
  expect(header).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(header.startsWith(meta ?? '-')).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('an injected inline script', () => {
  // This test provokes a violation on purpose, so it listens for it itself instead of failing on it.
  // One pattern: Playwright reads a two-element array in test.use as [value, options].
  test.use({ expectedConsoleErrors: [/Content Security Policy|^CSP violation: script-src-elem blocked inline/] });

  test('is refused by the policy', async ({ page }) => {
    await page.goto('/');
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`blocked:${event.effectiveDirective}`), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.injectedScriptRan = true;';
          document.body.appendChild(script);
          setTimeout(() => resolve((window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan ? 'ran' : 'silent'), 1000);
        }),
    );
    expect(outcome).toBe('blocked:script-src-elem');
  });
});
