/** Provided at build time by bundled-feed-plugin.ts: the signed baseline feed, verified again by installBundled at run time. */
declare module 'virtual:bundled-feed' {
  const feed: { body: string; signature: string; publicKey: string };
  export default feed;
}
