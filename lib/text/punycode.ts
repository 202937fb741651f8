// twitter-text (through its idna helper) calls only `punycode.toASCII`, to check the length of
// each domain label. punycode 1's one CommonJS object keeps its decoder and toUnicode in the
// content script too; punycode 2's ES module lets the bundler keep just toASCII and what it uses.
import { toASCII } from 'punycode/punycode.es6.js';

export default { toASCII };
