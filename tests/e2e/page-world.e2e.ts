import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kvitter, launchKvitter } from './harness';
import { listenAsThePage, readOverlay, spyOnContent, typeInto } from './x-helpers';

/** The strategy's own words: a topic x.com must never learn the user has. */
const topic = { name: 'Skolepolitikk', keywords: ['lærerløftet', 'klasseromsdebatt'] };

/**
 * Everything x.com's own scripts could find of Kvitter in the page, from the page's own world
 * (where page.evaluate runs, as X's code does): names in the DOM, stylesheets, highlights, open
 * shadow roots, storage, globals, resource timings, and the elements after `<body>`.
 */
function whatThePageSees() {
  const names: string[] = [];
  const openShadowRoots: string[] = [];
  /** What an open shadow root would show the page: counted in the markup and text below. */
  let shadowMarkup = '';
  let shadowText = '';
  const note = (where: string, name: string) => {
    if (/kvitter/i.test(name)) names.push(`${where}: ${name}`);
  };
  for (const element of [document.documentElement, ...document.querySelectorAll('*')]) {
    const tag = element.tagName.toLowerCase();
    note('element', tag);
    if (tag.includes('-') && customElements.get(tag)) note('custom element', tag);
    for (const attribute of element.attributes) note(`attribute of <${tag}>`, attribute.name);
    for (const name of element.classList) note(`class of <${tag}>`, name);
    note(`id of <${tag}>`, element.id);
    const style = (element as HTMLElement).style;
    for (let i = 0; i < (style?.length ?? 0); i++) note(`style of <${tag}>`, style[i] ?? '');
    if (element.shadowRoot) {
      openShadowRoots.push(tag);
      shadowMarkup += element.shadowRoot.innerHTML;
      shadowText += element.shadowRoot.textContent ?? '';
    }
  }
  const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
  for (const sheet of sheets) for (const rule of sheet.cssRules) note('style rule', rule.cssText);
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  for (const name of highlights?.keys() ?? []) note('highlight', name);
  for (const name of Object.getOwnPropertyNames(window)) note('global', name);
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) note('storage', storage.key(i) ?? '');
  }
  const entries = performance.getEntries().map((entry) => entry.name);
  const afterBody: Array<{ tag: string; attributes: string[]; shadowRootOpen: boolean }> = [];
  for (let node = document.body.nextElementSibling; node; node = node.nextElementSibling) {
    afterBody.push({
      tag: node.tagName,
      attributes: [...node.attributes].map((attribute) => attribute.name),
      shadowRootOpen: node.shadowRoot !== null,
    });
  }
  return {
    names,
    openShadowRoots,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    highlights: highlights?.size ?? 0,
    extensionEntries: entries.filter(
      (name) => /^(chrome|moz)-extension:/.test(name) || /kvitter/i.test(name),
    ),
    markup: document.documentElement.outerHTML + shadowMarkup,
    text: (document.documentElement.textContent ?? '') + shadowText,
    afterBody,
    heard: (window as unknown as { heard: unknown[] }).heard,
  };
}

describe('what x.com’s own scripts can learn of Kvitter', () => {
  let kvitter: Kvitter;
  beforeAll(async () => {
    kvitter = await launchKvitter();
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  it('sees one plain element after the body while hints are drawn, and nothing of Kvitter’s in it or anywhere', async () => {
    // The user's strategy has a topic; a draft off it gets a hint naming it.
    const options = await kvitter.openExtensionPage('options.html');
    await options.locator('[data-field="audience"]').waitFor();
    await options.getByRole('button', { name: /Add a topic|Legg til emne/ }).click();
    await options.locator('[data-field="topics.0.name"] input').fill(topic.name);
    await options.locator('[data-field="topics.0.keywords"] input').fill(topic.keywords.join(', '));
    await options.getByRole('button', { name: /^(Save|Lagre)$/ }).click();
    await options.close();

    const spy = await spyOnContent(kvitter);
    const page = await kvitter.context.newPage();
    await listenAsThePage(page);
    await page.goto('https://x.com/home');
    const typed = 'Katter og hunder leker i hagen hele helgen #dyr #dyr';
    await typeInto(page, typed);
    let hints: string[] = [];
    await expect
      .poll(async () => {
        const composer = (await spy.composers(page))[0];
        const report = composer?.status === 'ok' && composer.text === typed ? composer.report : null;
        hints = (report?.hints ?? []).flatMap((hint) => [
          ...Object.values(hint.message),
          ...Object.values(hint.fix?.label ?? {}),
        ]);
        return report?.hints.map((hint) => hint.ruleId).sort();
      })
      .toEqual(expect.arrayContaining(['hashtag-format', 'off-topic']));
    // Drawn: marks and the badge, whose label is Kvitter's own words too.
    await expect.poll(async () => (await readOverlay(page)).marks.length).toBeGreaterThan(0);
    const { badges, hosts } = await readOverlay(page);
    expect(hosts).toBe(1);
    const words = [...hints, ...badges.map((badge) => badge.label), topic.name, ...topic.keywords];
    expect(words.length).toBeGreaterThan(4);

    const seen = await page.evaluate(whatThePageSees);
    expect(seen.names).toEqual([]);
    expect(seen.openShadowRoots).toEqual([]);
    expect(seen.adoptedStyleSheets).toBe(0);
    expect(seen.highlights).toBe(0);
    expect(seen.extensionEntries).toEqual([]);
    expect(seen.heard).toEqual([]);
    // One element after the body: a plain div with a style, its shadow root closed to the page.
    expect(seen.afterBody).toEqual([{ tag: 'DIV', attributes: ['style'], shadowRootOpen: false }]);
    // Nothing of the hints, the badge or the strategy in the page's markup or text: only what was typed.
    expect(seen.text).toContain(typed);
    for (const word of words) {
      if (typed.includes(word)) continue;
      expect(seen.markup).not.toContain(word);
      expect(seen.text).not.toContain(word);
    }
    expect(seen.markup).not.toMatch(/kvitter|chrome-extension:/i);
    await page.close();
  });
});
