/** opencc-js ships its dictionaries as ES modules of one string each, without type declarations. */
declare module 'opencc-js/dict/TSCharacters' {
  const pairs: string;
  export default pairs;
}
