/** Provided at build time by bundled-feed-plugin.ts; validated again by installFeed at run time. */
declare module 'virtual:bundled-feed' {
  const feed: unknown;
  export default feed;
}
