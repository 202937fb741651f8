import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kvitter, launchKvitter } from './harness';
import { typeInto } from './x-helpers';

/** Issue 7: a strategy edited in the options page reaches the side panel's hints without a reload. */
describe('the strategy editor and the live coach', () => {
  let kvitter: Kvitter;
  beforeAll(async () => {
    kvitter = await launchKvitter();
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  it('changes the off-topic hint for the composer when the topics change', async () => {
    const page = await kvitter.openX('https://x.com/home');
    const panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(page)}`);
    await page.bringToFront();
    await typeInto(page, 'Katter, hunder, hester og kaniner leker sammen på gården hele helgen');
    const card = panel.locator('[data-composer-id="home:0"]');
    const offTopic = card.locator('[data-rule-id="off-topic"]');
    await card.locator('[data-weighted-length]').waitFor();
    // No topics yet: nothing to be off.
    expect(await offTopic.count()).toBe(0);

    const options = await kvitter.openExtensionPage('options.html');
    await options.locator('[data-field="audience"]').waitFor();
    await options.getByRole('button', { name: /Add a topic|Legg til emne/ }).click();
    await options.locator('[data-field="topics.0.name"] input').fill('Skole');
    await options.locator('[data-field="topics.0.keywords"] input').fill('skole, lærer');
    await options.getByRole('button', { name: /^(Save|Lagre)$/ }).click();
    await expect.poll(() => offTopic.count()).toBe(1);
    await expect.poll(() => offTopic.getAttribute('data-severity')).toBe('suggestion');

    // A keyword that matches the draft takes the hint away again, still without a reload.
    await options.locator('[data-field="topics.0.keywords"] input').fill('skole, katt');
    await options.getByRole('button', { name: /^(Save|Lagre)$/ }).click();
    await expect.poll(() => offTopic.count()).toBe(0);
    await expect.poll(() => card.locator('[data-topic="Skole"]').count()).toBe(1);
    for (const p of [options, panel, page]) await p.close();
  });
});
