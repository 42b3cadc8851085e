import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* A theme's surface behind the card follows the card's corners. */
    border-radius: var(--_radius);
  }
`;
