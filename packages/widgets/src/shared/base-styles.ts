import { css } from 'lit';

/**
 * Styles every Remit element shares: the host resets inherited text styles so
 * host-page CSS does not leak in, the `visually-hidden` class, state messages,
 * toolbar buttons, tooltip and focus ring. Sizes in px/em only.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--_remit-font);
    font-size: var(--_remit-font-size);
    line-height: 1.45;
    color: var(--_remit-text);
    background: var(--_remit-background);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    position: relative;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .state {
    margin: 0;
    padding: 1em;
    color: var(--_remit-muted);
    border: 1px dashed var(--_remit-grid);
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .state.error {
    color: var(--_remit-error);
    border-style: solid;
  }
  .state strong {
    display: block;
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: flex-end;
    margin-bottom: 0.5em;
  }
  button {
    font: inherit;
    color: var(--_remit-text);
    background: var(--_remit-surface);
    border: 1px solid var(--_remit-grid);
    border-radius: 4px;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 2px solid var(--_remit-focus);
    outline-offset: 2px;
  }
  .tooltip {
    position: absolute;
    z-index: 10;
    pointer-events: none;
    max-width: min(22em, 90%);
    padding: 0.4em 0.6em;
    color: var(--_remit-text);
    background: var(--_remit-surface);
    border: 1px solid var(--_remit-grid);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .tooltip > div:first-child {
    font-weight: 600;
  }
  svg text {
    fill: var(--_remit-text);
    font-family: var(--_remit-font);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
