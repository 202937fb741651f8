// punycode 2 ships types for its CommonJS entry only; this is the part Kvitter imports.
declare module 'punycode/punycode.es6.js' {
  export function toASCII(domain: string): string;
}
