/**
 * Why a plan could not be shown. The element turns it into a message in its
 * language (see `describeLoadError`).
 */
export type LoadError =
  | { code: 'fetch-failed'; src: string; detail: string }
  | { code: 'http-status'; src: string; status: number }
  | { code: 'unsupported-type'; src: string }
  | { code: 'invalid-plan'; detail: string }
  | { code: 'source-not-found'; id: string };
