import { existsSync } from 'node:fs';
import { buildFixtures } from './build-fixtures';
import { extensionDir } from './harness';

/** Runs once before the end-to-end suite: the fixture bundle is built fresh, the extension must exist. */
export default async function setup(): Promise<void> {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(
      `No built extension in ${extensionDir}: run \`npm run build\` first (npm run test:e2e does).`,
    );
  }
  await buildFixtures();
}
