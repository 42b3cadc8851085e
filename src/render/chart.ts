import type { SoundtrackFeed, SoundtrackItem } from '../feed/types.js';
import type { Wording } from '../internal/localize/wording.js';
import {
  CHART_COLUMNS,
  COLUMN_TERMS,
  chosenColumns,
  filterRows,
  movementMark,
  rankChartColumn,
  showsFeedText,
  type ChartColumn,
} from '../elements/soundtrack-chart/chart-columns.js';
import { markup, type Markup } from './markup.js';
import { attribute, sortedItems, spoken, timeOf, unknownMark, type Attributes } from './shared.js';

function cell(item: SoundtrackItem, column: ChartColumn, wording: Wording, unknown: Markup): Markup | string {
  switch (column) {
    case 'rank':
      return item.rank === null ? unknown : wording.plainNumber(item.rank);
    case 'album':
      if (!item.album) return unknown;
      return item.url ? markup`<a href="${item.url}">${item.album}</a>` : item.album;
    case 'artist':
      return item.artist ?? unknown;
    case 'released':
      return item.released ? timeOf(item.released, wording) : unknown;
    case 'movement': {
      const mark = movementMark(item, wording);
      return mark ? markup`<span aria-hidden="true">${mark.visible}</span>${spoken(mark.spoken)}` : unknown;
    }
    case 'peak':
      return item.peakRank === null ? unknown : wording.plainNumber(item.peakRank);
    case 'weeks':
      return item.weeksOnChart === null ? unknown : wording.number(item.weeksOnChart);
    case 'genres':
      return item.genres.length ? wording.unitList(item.genres) : unknown;
  }
}

/**
 * `<soundtrack-chart>`'s fallback: the count and a `<table>` with a `<caption>`, the columns of its
 * `columns` attribute (the element's defaults without one), rows in the order of its `sort` and
 * only its `genre`, the artist a row header as in the element.
 */
export function chartFallback(feed: SoundtrackFeed, attributes: Attributes, wording: Wording): Markup {
  const columns = chosenColumns(attribute(attributes, 'columns') ?? '');
  const genre = attribute(attributes, 'genre') ?? '';
  const sorted = sortedItems<ChartColumn>(feed.items, attribute(attributes, 'sort'), wording, {
    keys: CHART_COLUMNS,
    rank: rankChartColumn,
    labels: COLUMN_TERMS,
  });
  const shown = Array.from(filterRows(sorted, Uint32Array.from(sorted.keys()), genre, '', () => []), (position) => sorted[position]);
  const total = feed.items.length;
  const count = genre.trim() ? wording.term('showingOfInGenre', { shown: shown.length, total, genre }) : wording.term('albumCount', { count: total });
  const unknown = unknownMark(wording);
  const caption = markup`${feed.title ?? wording.term('chartCaption')}${feed.updated
    ? markup` <span class="st-updated">${wording.parts('updated', { date: timeOf(feed.updated, wording) })}</span>`
    : null}`;
  const rows = shown.map(
    (item) =>
      markup`<tr>${columns.map((column) => {
        const tag = column === 'artist' ? 'th' : 'td';
        return markup`<${tag}${tag === 'th' ? markup` scope="row"` : null} class="st-col-${column}${showsFeedText(column) ? ' st-feed-text' : ''}">${cell(item, column, wording, unknown)}</${tag}>`;
      })}</tr>\n`,
  );
  return markup`<p class="st-count">${count}</p>
<table class="st-chart">
<caption>${caption}</caption>
<thead><tr>${columns.map((column) => markup`<th scope="col" class="st-col-${column}">${wording.term(COLUMN_TERMS[column].header)}</th>`)}</tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}
