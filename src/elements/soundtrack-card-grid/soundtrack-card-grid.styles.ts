import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-name: st-card-grid;
    --st-card-title-size: 1.25rem;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--st-card-min-width, 16rem)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .cell {
    display: grid;
  }

  /* With two or more columns, narrow cards become tiles with the cover across the top; a single
     column keeps the card's own layouts (thumbnail beside the titles, or cover beside the text). */
  @container st-card-grid (width >= 33rem) {
    @container st-card (width < 34rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
        align-items: start;
      }

      .details {
        grid-column: auto;
      }
    }
  }
`;
