import { html, type TemplateResult } from 'lit';
import type { LoadError } from '../data/load-error.js';
import type { LoadState } from '../data/plan-store.js';
import { describeLoadError } from './describe-load-error.js';
import type { Messages } from './messages.js';

/**
 * The message drawn for a state other than `ready`: idle, loading and empty as
 * a polite status, error as an alert with its readable cause. Style it through
 * the `state` part.
 */
export function renderState(
  state: LoadState,
  error: LoadError | undefined,
  m: Messages,
): TemplateResult {
  if (state === 'error') {
    return html`<div part="state" class="state error" role="alert" data-state="error">
      <strong>${m.errorTitle}</strong>${error ? describeLoadError(error, m) : ''}
    </div>`;
  }
  const text = state === 'loading' ? m.loading : state === 'empty' ? m.empty : m.idle;
  return html`<div part="state" class="state" role="status" data-state=${state}>${text}</div>`;
}
