import type { LoadError } from '../data/load-error.js';
import type { Messages } from './messages.js';

/** The readable message for a load error, in the messages' language. */
export function describeLoadError(error: LoadError, m: Messages): string {
  switch (error.code) {
    case 'fetch-failed':
      return m.fetchFailed(error.src, error.detail);
    case 'http-status':
      return m.httpStatus(error.src, error.status);
    case 'unsupported-type':
      return m.unsupportedType(error.src);
    case 'invalid-plan':
      return m.invalidPlan(error.detail);
    case 'source-not-found':
      return m.sourceNotFound(error.id);
  }
}
