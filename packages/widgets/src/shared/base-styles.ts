import { css } from 'lit';

/**
 * Styles every Remit element shares: the text reset, the `visually-hidden`
 * class, state messages, toolbar buttons, tooltip and focus ring. Sizes in
 * px/em only.
 *
 * Host-page CSS must not leak in. A page rule that matches the element itself
 * (`* { font-size: 30px; color: red }`) beats the element's own `:host` rule,
 * so the host's inherited properties belong to the page. The reset therefore
 * sits on the frame inside the shadow root: `all: initial` there gives every
 * inherited property (font, line-height, letter-spacing, word-spacing,
 * text-transform, text-align, text-indent, text-shadow, colour, white-space,
 * cursor, fill, stroke …) its initial value, so nothing inside inherits from
 * the host. `all` leaves custom properties (the `--remit-…` theming API) and
 * `direction` to inherit, as they should; `visibility` and `pointer-events`
 * inherit again, so a page can still hide or disable a container it owns.
 */
export const baseStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    background: var(--_remit-background);
  }
  :host([hidden]) {
    display: none;
  }
  /* On paper: charts are laid out at the print width (see ResizeController) and
     shrink rather than crop on a narrower page; buttons and sliders have no use
     there (an element marks its own with data-print="hide"). */
  @media print {
    svg[part~='chart'] {
      max-width: 100%;
      height: auto;
    }
    .toolbar,
    [data-print='hide'] {
      display: none !important;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    all: initial;
    display: block;
    position: relative;
    box-sizing: border-box;
    visibility: inherit;
    pointer-events: inherit;
    font-family: var(--_remit-font);
    font-size: var(--_remit-font-size);
    line-height: 1.45;
    color: var(--_remit-text);
    text-align: start;
  }
  .explain {
    margin-left: 0.25em;
    padding: 0 0.3em;
    border: 0;
    background: none;
    color: var(--_remit-focus);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
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
  /* Empty, the live region stays in the accessibility tree but out of the row of buttons. */
  .export-status:empty {
    position: absolute;
  }
  .export-status {
    order: 1;
    flex-basis: 100%;
    text-align: end;
    color: var(--_remit-error);
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
