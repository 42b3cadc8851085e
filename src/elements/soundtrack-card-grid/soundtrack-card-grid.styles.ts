import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
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

  @container (max-width: 24rem) {
    .grid {
      gap: calc(var(--_space) * 0.75);
    }
  }

  .cell {
    display: grid;
  }
`;
