import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedPublicFile, UserManifest, WxtHooks } from 'wxt';
import { manifestLocales, placeLocales } from '../../scripts/locales';
import config from '../../wxt.config';

const localesDir = join(__dirname, '../../public/_locales');

type Messages = Record<string, { message: string; description?: string }>;
const messagesOf = (locale: string): Messages =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));

/** The manifest wxt.config.ts gives WXT for a browser. */
async function manifestFor(browser: 'chrome' | 'firefox'): Promise<UserManifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is no longer a function');
  return manifest({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  });
}

/** Every `__MSG_name__` in a value, however deep. */
function messageRefs(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string);
}

describe('public/_locales', () => {
  it('holds exactly the manifest languages, each with the same messages, none empty', () => {
    expect(readdirSync(localesDir).sort()).toEqual([...manifestLocales].sort());
    const keys = Object.keys(messagesOf('en')).sort();
    for (const locale of manifestLocales) {
      const messages = messagesOf(locale);
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      for (const [key, { message }] of Object.entries(messages))
        expect(message.trim(), `${locale}/${key}`).not.toBe('');
    }
  });

  it('keeps the name and description within every store’s limit', () => {
    for (const locale of manifestLocales) {
      const messages = messagesOf(locale);
      // Edge's store allows 45 characters, AMO 50, the Chrome Web Store 75.
      expect(messages.extensionName?.message.length, locale).toBeLessThanOrEqual(45);
      // The Chrome Web Store refuses a package whose manifest description is longer than 132.
      expect([...(messages.extensionDescription?.message ?? '')].length, locale).toBeLessThanOrEqual(132);
    }
  });
});

describe('the manifest from wxt.config.ts', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`takes its name, description and shortcut name from _locales (${browser})`, async () => {
      const manifest = await manifestFor(browser);
      expect(manifest.default_locale).toBe('en');
      expect(manifest.name).toBe('__MSG_extensionName__');
      expect(manifest.description).toBe('__MSG_extensionDescription__');
      expect(manifest.commands?.['open-coach']?.description).toBe('__MSG_openCoachCommand__');
      // Every message the manifest names exists in every language (Chrome refuses a missing one).
      const refs = messageRefs(manifest);
      for (const locale of manifestLocales) {
        for (const ref of refs) expect(messagesOf(locale), `${locale}: ${ref}`).toHaveProperty(ref);
      }
    });
  }
});

describe('the locale folders in each package', () => {
  const publicFiles = (): ResolvedPublicFile[] => [
    ...manifestLocales.map((locale) => ({
      absoluteSrc: join(localesDir, locale, 'messages.json'),
      relativeDest: `_locales/${locale}/messages.json`,
    })),
    { absoluteSrc: '/public/icon/16.png', relativeDest: 'icon/16.png' },
  ];
  /** Runs wxt.config.ts's own hook, as WXT does before copying public/. */
  async function packaged(browser: string): Promise<Record<string, string>> {
    const files = publicFiles();
    const hook = (config.hooks as Partial<WxtHooks> | undefined)?.['build:publicAssets'];
    if (!hook) throw new Error('wxt.config.ts no longer places the locale folders');
    await hook({ config: { browser } } as never, files);
    return Object.fromEntries(
      files.map((file) => [file.relativeDest, 'absoluteSrc' in file ? file.absoluteSrc : '']),
    );
  }

  it('Chrome: nb (which Chrome reads), no (the Chrome Web Store’s code, a copy of nb), nn, en', async () => {
    const files = await packaged('chrome');
    expect(Object.keys(files).sort()).toEqual([
      '_locales/en/messages.json',
      '_locales/nb/messages.json',
      '_locales/nn/messages.json',
      '_locales/no/messages.json',
      'icon/16.png',
    ]);
    expect(files['_locales/no/messages.json']).toBe(files['_locales/nb/messages.json']);
    expect(files['_locales/nb/messages.json']).toBe(join(localesDir, 'nb', 'messages.json'));
  });

  it('Firefox: nb_NO and nn_NO (the codes AMO takes translations under), en', async () => {
    const files = await packaged('firefox');
    expect(Object.keys(files).sort()).toEqual([
      '_locales/en/messages.json',
      '_locales/nb_NO/messages.json',
      '_locales/nn_NO/messages.json',
      'icon/16.png',
    ]);
    expect(files['_locales/nn_NO/messages.json']).toBe(join(localesDir, 'nn', 'messages.json'));
  });

  it('leaves the folders as they are for other browsers, and files outside _locales alone', () => {
    const files = publicFiles();
    expect(placeLocales('edge', files)).toEqual(files);
  });
});
