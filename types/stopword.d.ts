// stopword ships no type declarations; osteo uses only the English list.
declare module 'stopword' {
  export const eng: string[];
}
