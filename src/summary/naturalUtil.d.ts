// Typings for the word lists of `natural` we use; its util index loads storage drivers, so the lists are imported alone.
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/abbreviations_en' {
  export const knownAbbreviations: string[];
}
