// damerau-levenshtein ships no type declarations.
declare module 'damerau-levenshtein' {
  interface Distance {
    steps: number;
    relative: number;
    similarity: number;
  }
  function levenshtein(a: string, b: string, limit?: number): Distance;
  export = levenshtein;
}
