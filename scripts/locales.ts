import type { ResolvedPublicFile } from 'wxt';

/** The languages of the manifest's texts, as folders of public/_locales. `en` is default_locale. */
export const manifestLocales = ['en', 'nb', 'nn'] as const;
export type ManifestLocale = (typeof manifestLocales)[number];

/**
 * Where each folder of public/_locales goes in each browser's package. The names differ because
 * the browsers and the stores read different ones:
 * - Chrome reads `nb` and never `no` or `nb_NO`; with a Norwegian UI (Chrome has no nynorsk UI,
 *   so nynorsk users get bokmål) it shows `nb`. The Chrome Web Store's list of listing languages
 *   names Norwegian `no`, so the package carries `nb` a second time under that name. `nn` stays
 *   for Chromium browsers that offer a nynorsk UI.
 * - Firefox reads `nb`, `nn`, `nb_NO` and `nn_NO` alike, but addons.mozilla.org takes a package's
 *   translations only under its own codes (nb-NO, nn-NO), so the Firefox package uses those.
 * store/README.md gives the evidence.
 */
export const packageLocaleFolders: Record<'chrome' | 'firefox', Record<ManifestLocale, readonly string[]>> = {
  chrome: { en: ['en'], nb: ['nb', 'no'], nn: ['nn'] },
  firefox: { en: ['en'], nb: ['nb_NO'], nn: ['nn_NO'] },
};

const localeFile = /^_locales\/([^/]+)\/(.+)$/;

/**
 * The public files with their `_locales` folders renamed (and copied) for `browser`, for WXT's
 * `build:publicAssets` hook. Other browsers keep the folders as they are.
 */
export function placeLocales(browser: string, files: readonly ResolvedPublicFile[]): ResolvedPublicFile[] {
  const folders = browser === 'chrome' || browser === 'firefox' ? packageLocaleFolders[browser] : null;
  if (!folders) return [...files];
  return files.flatMap((file) => {
    const match = localeFile.exec(file.relativeDest.replaceAll('\\', '/'));
    const targets = match ? folders[match[1] as ManifestLocale] : undefined;
    if (!match || !targets) return [file];
    return targets.map((folder) => ({ ...file, relativeDest: `_locales/${folder}/${match[2]}` }));
  });
}
