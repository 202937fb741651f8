/** Stands in for polyfills the build leaves out (see wxt.config.ts): nothing to run. */
export {};
