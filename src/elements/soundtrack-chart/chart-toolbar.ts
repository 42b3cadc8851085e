import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';

/** What the toolbar above the chart shows. */
export interface ToolbarState {
  searchable: boolean;
  downloadable: boolean;
  genre: string | null;
  query: string;
  /** Rows that pass the filter, and every row of the feed. */
  shown: number;
  total: number;
  /** More pages of the feed are still being read. */
  partial: boolean;
}

export interface ToolbarHandlers {
  search: (event: InputEvent) => void;
  clear: () => void;
  download: () => void;
}

const filtered = ({ genre, query }: Pick<ToolbarState, 'genre' | 'query'>) => Boolean(genre || query.trim());

/** The search box, the count ("Showing 12 of 100 in Pop") and the clear and download buttons. */
export function renderToolbar(localize: LocalizeController, state: ToolbarState, on: ToolbarHandlers): TemplateResult {
  const { genre, shown, total } = state;
  const search = localize.term('searchLabel');
  const strong = (value: string | number) => html`<strong>${typeof value === 'number' ? localize.number(value) : value}</strong>`;
  return html`<div part="toolbar" class="toolbar">
    ${state.searchable
      ? html`<label class="search">
          <span class="visually-hidden">${search}</span>
          <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
            <path d="m13 13 4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
          <input part="search-input" type="search" placeholder=${search} autocomplete="off" .value=${state.query} @input=${on.search} />
        </label>`
      : nothing}
    <p part="count" class="count">
      ${filtered(state)
        ? localize.parts(genre ? 'showingOfInGenre' : 'showingOf', { shown: strong(shown), total, genre: strong(genre ?? '') })
        : localize.term('albumCount', { count: total })}${state.partial ? localize.term('moreLoading') : nothing}
    </p>
    ${filtered(state) && shown
      ? html`<button class="action" part="clear-filter" type="button" @click=${on.clear}>${localize.term('clearFilter')}</button>`
      : nothing}
    ${state.downloadable
      ? html`<button class="action" part="download" type="button" ?disabled=${!shown} @click=${on.download}>
          ${localize.term('downloadCsv')}
        </button>`
      : nothing}
  </div>`;
}

/** What shows instead of rows when the filter matches none: the fact and a way back. */
export function renderNoMatch(localize: LocalizeController, clear: () => void): TemplateResult {
  return html`<div part="empty" class="no-match">
    <p>${localize.term('noMatch')}</p>
    <button class="action" part="clear-filter" type="button" @click=${clear}>${localize.term('clearFilter')}</button>
  </div>`;
}

/** What the live region says after the genre filter or the search changed. */
export function filterAnnouncement(localize: LocalizeController, state: Pick<ToolbarState, 'genre' | 'query' | 'shown' | 'total'>): string {
  const { genre, shown, total: count } = state;
  const query = state.query.trim();
  if (!filtered(state)) return localize.term('filterCleared', { count });
  const filters = [genre ? localize.term('filterInGenre', { genre }) : '', query ? localize.term('filterMatching', { query }) : ''].filter(Boolean).join(' ');
  return shown ? localize.term('filteredAlbums', { shown, count, filters }) : localize.term('noAlbumsFiltered', { filters });
}
