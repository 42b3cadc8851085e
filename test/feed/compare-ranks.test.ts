import { expect } from '@open-wc/testing';
import {
  compareFeedOrder,
  compareNumbers,
  foldText,
  listComparator,
  rankValues,
  sortByRanks,
  textComparator,
  textSortHint,
  type SortKey,
} from '../../src/feed/compare.js';

describe('rankValues', () => {
  const text = textComparator('en');

  it('gives equal values one rank, counts up in ascending order and marks unknown values -1', () => {
    const ranks = rankValues(['Vangelis', null, 'björk', 'Air', 'Björk', 'air', 'Track 10', 'Track 2'], {
      compare: text,
      key: (value) => value,
    });
    expect([...ranks]).to.deep.equal([4, -1, 1, 0, 1, 0, 3, 2]);
  });

  it('gives the same ranks with or without a hint', () => {
    const values = ['Émilie Simon', 'emilie simon', 'AC/DC', 'Guns N’ Roses', 'the Cure', 'Track 10', 'Track 9', null, 'ABBA', 'Zoë'];
    const field = { compare: text, key: (value: string) => value };
    expect([...rankValues(values, { ...field, hint: textSortHint })]).to.deep.equal([...rankValues(values, field)]);
  });

  it('treats an empty list as unknown and ranks lists by their entries', () => {
    const ranks = rankValues([['pop'], [], ['jazz', 'soundtrack'], ['Jazz'], null], {
      compare: listComparator(text),
      key: (list) => list.join('\n'),
    });
    expect([...ranks]).to.deep.equal([2, -1, 1, 0, -1]);
  });
});

describe('foldText and textSortHint', () => {
  it('fold case and accents', () => {
    expect(foldText('Björk ÉMILIE')).to.equal('bjork emilie');
  });

  it('pads numbers so that the plain string order follows their value', () => {
    expect(textSortHint('Track 9') < textSortHint('Track 10')).to.equal(true);
  });
});

describe('sortByRanks', () => {
  interface Row {
    rank: number | null;
    index: number;
    artist: string | null;
    score: number | null;
  }

  // A deterministic pseudo-random chart with ties, unknowns and ranks out of feed order.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const artists = ['Vangelis', 'björk', 'Björk', 'Air', 'air', 'Zoë', 'Track 10', 'Track 2', null];
  const rows: Row[] = Array.from({ length: 400 }, (_, index) => ({
    index,
    rank: random() < 0.1 ? null : Math.floor(random() * 300) + 1,
    artist: artists[Math.floor(random() * artists.length)],
    score: random() < 0.2 ? null : Math.floor(random() * 5),
  }));
  // The reference: one plain comparator over the rows, unknown last both ways, then feed order.
  const compareBy: Record<'artist' | 'score', (a: Row, b: Row) => number | null> = {
    artist: (a, b) => (a.artist === null || b.artist === null ? null : textComparator('en')(a.artist, b.artist)),
    score: (a, b) => (a.score === null || b.score === null ? null : compareNumbers(a.score, b.score)),
  };
  const reference = (keys: SortKey<'artist' | 'score'>[]) => (a: Row, b: Row) => {
    for (const { key, direction } of keys) {
      const order = compareBy[key](a, b);
      if (order === null) {
        const aUnknown = a[key] === null;
        if (aUnknown !== (b[key] === null)) return aUnknown ? 1 : -1;
      } else if (order !== 0) {
        return direction === 'desc' ? -order : order;
      }
    }
    return compareFeedOrder(a, b);
  };
  const ranks = {
    artist: rankValues(rows.map((row) => row.artist), { compare: textComparator('en'), key: (value) => value }),
    score: rankValues(rows.map((row) => row.score), { compare: compareNumbers, key: (value) => value }),
  };
  const base = rows.map((_, i) => i).sort((a, b) => compareFeedOrder(rows[a], rows[b]));

  const cases: SortKey<'artist' | 'score'>[][] = [
    [],
    [{ key: 'artist', direction: 'asc' }],
    [{ key: 'artist', direction: 'desc' }],
    [{ key: 'score', direction: 'desc' }],
    [{ key: 'score', direction: 'asc' }, { key: 'artist', direction: 'desc' }],
    [{ key: 'artist', direction: 'desc' }, { key: 'score', direction: 'asc' }],
  ];

  for (const keys of cases) {
    it(`orders like a plain comparator for [${keys.map((key) => `${key.key}:${key.direction}`).join(', ')}]`, () => {
      const expected = [...rows].sort(reference(keys)).map((row) => row.index);
      const actual = [...sortByRanks(base, keys.map(({ key, direction }) => ({ ranks: ranks[key], direction })))];
      expect(actual).to.deep.equal(expected);
    });
  }

  it('keeps unknown values last in both directions', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const order = sortByRanks(base, [{ ranks: ranks.score, direction }]);
      const scores = [...order].map((i) => rows[i].score);
      const firstUnknown = scores.indexOf(null);
      expect(scores.slice(firstUnknown).every((score) => score === null), direction).to.equal(true);
    }
  });
});
