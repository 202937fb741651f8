// The expression @twemoji/parser's `parse` runs (global flag), from the package's CommonJS build,
// whose own types describe only its index. Bundlers and Vitest import the module's default
// export; Node's loader (tsx, which runs the benches) imports `module.exports`, which holds it.
declare module '@twemoji/parser/dist/lib/regex' {
  const emojiPattern: RegExp | { default: RegExp };
  export default emojiPattern;
}
