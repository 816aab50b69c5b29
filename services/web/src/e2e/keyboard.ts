import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab, as someone without a mouse would, until `target` has the focus; fails when it
 * cannot be reached in `max` presses (not focusable, hidden, or lost in the tab order).
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reachable with the Tab key in ${max} presses: ${String(target)}`);
}

/** Reaches `target` with Tab and presses `key` on it (Enter for buttons, Space for boxes). */
export async function pressOn(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
