// Part of `npm test`: runs the Firefox tests (npm run test:firefox) when there is a Firefox to run
// them in, /usr/bin/firefox-esr or the binary KVITTER_FIREFOX names, and says clearly when it skips.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const firefox = process.env.KVITTER_FIREFOX ?? '/usr/bin/firefox-esr';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!executable(firefox)) {
  console.log(
    `\nSKIPPED the Firefox tests: no Firefox at ${firefox}. Install firefox-esr ` +
      '(apt-get install firefox-esr) or set KVITTER_FIREFOX to a Firefox binary, then run npm run test:firefox.\n',
  );
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['run', 'test:firefox'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
