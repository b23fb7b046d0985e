// The suite's one axe setup (WCAG 2.2 AA rules and best practice) and how its violations read in a failure message.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA included (target size, 2.5.8). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** One line per violation, then one per element it was found on, with why. */
export function describeViolations(violations: Violations): string[] {
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => {
      const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim();
      return `    ${node.target.join(' ')}${summary ? ` — ${summary}` : ''}`;
    });
    return `${violation.id} [${violation.impact ?? 'unknown'}]: ${violation.help}\n${targets.join('\n')}`;
  });
}

/** The page's axe violations as it is now, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  return describeViolations((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations);
}
