/**
 * The preferences of the test profile. Firefox talks to Mozilla on its own (telemetry, updates,
 * Safe Browsing, remote settings, captive-portal checks, ...): the test asserts that no request
 * leaves the browser at all, so these are switched off here, at their source, and anything left
 * over fails the test instead of being filtered out of it.
 */
export type Prefs = Record<string, string | number | boolean>;

/** Firefox's own traffic, switched off. */
const quietFirefox: Prefs = {
  // Telemetry and data reporting.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  // Updates of Firefox, add-ons, system add-ons, search engines, codecs.
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.search.update': false,
  'media.gmp-manager.updateEnabled': false,
  // Studies, experiments and remote settings. Release builds ignore a changed
  // services.settings.server unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the environment (the
  // harness sets it); a data: URL then keeps every sync on the machine.
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Safe Browsing lists and lookups.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // Connectivity checks, push, accounts, region and location lookups, certificate status.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.push.connection.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'security.OCSP.enabled': 0,
  // New tab and start page content.
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.topsites.contile.enabled': false,
  // Guesses ahead of the user: DNS prefetch, link prefetch, speculative connections, DoH.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'network.trr.mode': 5,
};

/**
 * Every preference the harness sets: Firefox kept quiet, every connection sent to the recording
 * proxy on `proxyPort` (which refuses it), and the extension's moz-extension UUID fixed so the
 * test knows the address of its pages.
 */
export function testPrefs(options: { proxyPort: number; addonId: string; uuid: string }): Prefs {
  return {
    ...quietFirefox,
    // A request that escapes both the prefs above and WebDriver BiDi's interception (the
    // background page's, Firefox's own) reaches this proxy, which records it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.proxyPort,
    'network.proxy.no_proxies_on': '',
    'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: options.uuid }),
  };
}
