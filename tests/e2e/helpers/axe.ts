/**
 * axe-core in a page of the browser tests: its script evaluated in the page (over the
 * DevTools protocol, which extension pages' CSP does not stop), then a run whose serious and
 * critical violations come back as readable lines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** "impact rule: target (summary)" for each serious or critical violation of `selector`'s subtree. */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    interface AxeNode {
      target: unknown[];
      failureSummary?: string;
    }
    interface AxeResult {
      id: string;
      impact?: string | null;
      nodes: AxeNode[];
    }
    const axe = (
      globalThis as unknown as { axe: { run(ctx: unknown, o: object): Promise<{ violations: AxeResult[] }> } }
    ).axe;
    const { violations } = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((n) => `${v.impact} ${v.id}: ${JSON.stringify(n.target)} (${(n.failureSummary ?? '').trim()})`),
      );
  }, selector);
}
