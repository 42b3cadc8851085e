import { expect } from '@open-wc/testing';
import {
  compareFeedOrder,
  formatSort,
  parseSort,
  rankDates,
  rankNumbers,
  rankTextLists,
  rankTexts,
  SortIndex,
  textComparator,
  type SortKey,
} from '../../src/feed/compare.js';
import { parsePartialDate } from '../../src/feed/dates.js';
import type { PartialDate } from '../../src/feed/types.js';

interface Row {
  rank: number | null;
  index: number;
  artist: string | null;
  released: PartialDate | null;
  genres: string[];
}

const rows: Row[] = [
  ['Vangelis', '1982', ['electronic']],
  ['Björk', '2000-09-18', ['soundtrack']],
  ['blondie', '1980-02', ['soundtrack', 'pop']],
  [null, null, []],
  ['Bernard Herrmann', '1976', ['soundtrack']],
  ['Air', '2000-02-25', []],
  ['Bjork Tribute', '1980', ['pop']],
].map(([artist, released, genres], index) => ({
  rank: index + 1,
  index,
  artist: artist as string | null,
  released: released === null ? null : parsePartialDate(released as string)!,
  genres: genres as string[],
}));

type Column = 'rank' | 'artist' | 'released' | 'genres';

const rankColumn = (column: Column, locale: string) => {
  switch (column) {
    case 'rank':
      return rankNumbers(rows.map((row) => row.rank));
    case 'artist':
      return rankTexts(rows.map((row) => row.artist), locale);
    case 'released':
      return rankDates(rows.map((row) => row.released));
    case 'genres':
      return rankTextLists(rows.map((row) => row.genres), locale);
  }
};

const sortRows = (sort: string, locale = 'en') => {
  const index = new SortIndex(rows, (column: Column) => rankColumn(column, locale));
  return Array.from(index.order(parseSort(sort, ['rank', 'artist', 'released', 'genres'] as const)), (position) => rows[position]);
};
const artists = (list: Row[]) => list.map((row) => row.artist);

describe('sorting by ranked columns', () => {
  it('sorts text by the language, case-insensitively, with Björk among the B’s', () => {
    expect(artists(sortRows('artist'))).to.deep.equal(['Air', 'Bernard Herrmann', 'Björk', 'Bjork Tribute', 'blondie', 'Vangelis', null]);
  });

  it('puts unknown values last in both directions', () => {
    expect(artists(sortRows('artist:desc'))).to.deep.equal(['Vangelis', 'blondie', 'Bjork Tribute', 'Björk', 'Bernard Herrmann', 'Air', null]);
    expect(sortRows('released').at(-1)!.released).to.equal(null);
    expect(sortRows('released:desc').at(-1)!.released).to.equal(null);
  });

  it('orders partial dates by precision: a year before its months and days', () => {
    expect(sortRows('released').map((row) => row.released?.iso)).to.deep.equal([
      '1976', '1980', '1980-02', '1982', '2000-02-25', '2000-09-18', undefined,
    ]);
  });

  it('uses the locale: Swedish sorts ö after z', () => {
    const swedish = textComparator('sv');
    expect(['Öst', 'Zorn', 'Olof'].sort(swedish)).to.deep.equal(['Olof', 'Zorn', 'Öst']);
    expect(['Öst', 'Zorn', 'Olof'].sort(textComparator('de'))).to.deep.equal(['Olof', 'Öst', 'Zorn']);
  });

  it('breaks ties by rank and applies secondary keys in order', () => {
    const byGenre = sortRows('genres,artist:desc');
    expect(byGenre.map((row) => `${row.genres.join('+')}:${row.artist}`)).to.deep.equal([
      'electronic:Vangelis',
      'pop:Bjork Tribute',
      'soundtrack:Björk',
      'soundtrack:Bernard Herrmann',
      'soundtrack+pop:blondie',
      ':Air',
      ':null',
    ]);
    const byGenreOnly = sortRows('genres');
    const soundtrackRanks = byGenreOnly.filter((row) => row.genres.join() === 'soundtrack').map((row) => row.rank);
    expect(soundtrackRanks).to.deep.equal([2, 5]);
  });

  it('orders by feed rank, unranked items after ranked ones in feed order', () => {
    const items = [
      { rank: null, index: 0 },
      { rank: 2, index: 1 },
      { rank: 1, index: 2 },
      { rank: null, index: 3 },
    ];
    expect(items.sort(compareFeedOrder).map((item) => item.index)).to.deep.equal([2, 1, 0, 3]);
  });
});

describe('sort attribute syntax', () => {
  const keys = ['rank', 'artist', 'released', 'genres'] as const;

  it('reads keys and directions', () => {
    expect(parseSort('genres,artist:desc', keys)).to.deep.equal([
      { key: 'genres', direction: 'asc' },
      { key: 'artist', direction: 'desc' },
    ]);
    expect(parseSort(' Released:DESC ', keys)).to.deep.equal([{ key: 'released', direction: 'desc' }]);
  });

  it('drops unknown, repeated and malformed keys instead of failing', () => {
    expect(parseSort('title,artist,artist:desc,released:sideways,', keys)).to.deep.equal([{ key: 'artist', direction: 'asc' }]);
    expect(parseSort(null, keys)).to.deep.equal([]);
  });

  it('writes keys back in the same form', () => {
    const sort: SortKey[] = [
      { key: 'genres', direction: 'asc' },
      { key: 'artist', direction: 'desc' },
    ];
    expect(formatSort(sort)).to.equal('genres,artist:desc');
  });
});
