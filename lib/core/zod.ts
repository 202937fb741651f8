import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may; finding out means calling it, which
// the extension's pages forbid (Firefox logs a CSP violation in every page that parses). Every
// schema of Kvitter's takes `z` from here, so this runs before any parse.
z.config({ jitless: true });

export { z };
