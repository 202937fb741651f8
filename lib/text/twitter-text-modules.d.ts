// @types/twitter-text describes the package's index only; these are the single modules of its
// ESM build that lib/text/twitter.ts imports, typed as the index types them.
declare module 'twitter-text/dist/esm/configs' {
  const configs: Record<'version1' | 'version2' | 'version3' | 'defaults', import('./twitter').CountConfig>;
  export default configs;
}

declare module 'twitter-text/dist/esm/extractHashtagsWithIndices' {
  const extract: typeof import('twitter-text').extractHashtagsWithIndices;
  export default extract;
}

declare module 'twitter-text/dist/esm/extractUrlsWithIndices' {
  const extract: typeof import('twitter-text').extractUrlsWithIndices;
  export default extract;
}

declare module 'twitter-text/dist/esm/extractMentionsWithIndices' {
  const extract: typeof import('twitter-text').extractMentionsWithIndices;
  export default extract;
}
