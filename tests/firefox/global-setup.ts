import { existsSync } from 'node:fs';
import { buildFixtures } from '../e2e/build-fixtures';
import { firefoxExtensionDir, firefoxPath } from './harness';

/** Runs once before the Firefox suite: the fixture bundle is built fresh, the build and Firefox must exist. */
export default async function setup(): Promise<void> {
  if (!existsSync(`${firefoxExtensionDir}/manifest.json`)) {
    throw new Error(
      `No Firefox build in ${firefoxExtensionDir}: run \`npm run build:firefox\` first (npm run test:firefox does).`,
    );
  }
  if (!existsSync(firefoxPath)) {
    throw new Error(`No Firefox at ${firefoxPath}: install firefox-esr or set KVITTER_FIREFOX.`);
  }
  await buildFixtures();
}
