// Deterministic JSON Feed 1.1 charts for the benchmark: the same seed always gives the same feed.
// The rows of a smaller chart are the first rows of a larger one.

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Real soundtrack artists, many with non-ASCII names so the collator path is exercised.
const KNOWN_ARTISTS = [
  'Björk', 'Sigur Rós', 'Jóhann Jóhannsson', 'Hildur Guðnadóttir', 'Ólafur Arnalds', 'Ennio Morricone',
  'Ryuichi Sakamoto', '坂本龍一', '久石譲', 'Yann Tiersen', 'Émilie Simon', 'Zbigniew Preisner',
  'Mötley Crüe', 'Beyoncé', 'Céline Dion', 'Michel Legrand', 'Goran Bregović', 'Alexandre Desplat',
  'Mica Levi', 'Trent Reznor & Atticus Ross', 'Vangelis', 'Hans Zimmer', 'John Williams', 'Prince',
  'Lana Del Rey', 'BTS', 'Selena Gomez', 'Daft Punk', 'Air', 'Angelo Badalamenti', 'Bernard Herrmann',
  'Nino Rota', 'Ludwig Göransson', 'Jonny Greenwood', 'Cliff Martinez', 'Kavinsky', 'The Weeknd',
  'Simon & Garfunkel', 'Whitney Houston', 'Bee Gees', 'Queen', 'Tangerine Dream', 'Goblin',
  'Ali Farka Touré', 'Caetano Veloso', 'Astor Piazzolla', 'Gustavo Santaolalla', 'A. R. Rahman',
  'Ilaiyaraaja', 'Shirō Sagisu', 'Yōko Kanno', 'Dvořák Ensemble', 'Åsa Söderström', 'Øystein Sevåg',
  '!!!', '2Pac', '50 Cent', 'The 1975', 'Ænima Collective', 'Łukasz Pieprzyk',
];
const FIRST_NAMES = [
  'Ana', 'Ángel', 'Björn', 'Chloé', 'Dániel', 'Élodie', 'Fatoumata', 'Grégoire', 'Hélène', 'Ingrid',
  'Jürgen', 'Kåre', 'Léa', 'Małgorzata', 'Nils', 'Océane', 'Pål', 'Quentin', 'Renée', 'Søren',
  'Tomás', 'Ulla', 'Václav', 'Wojciech', 'Xóchitl', 'Yusuf', 'Zoë', 'Amélie', 'Bruno', 'Camille',
  'Dagný', 'Esmé', 'François', 'Guðrún', 'Hana', 'Iñaki', 'Joaquín', 'Kenji', 'Liv', 'Marta',
];
const LAST_NAMES = [
  'Álvarez', 'Bergström', 'Castaño', 'Dvořák', 'Eriksson', 'Fernández', 'Gärtner', 'Håkansson',
  'Ibáñez', 'Jónsdóttir', 'Kowalczyk', 'López', 'Müller', 'Núñez', 'Østergaard', 'Pérez', 'Quiñones',
  'Rønning', 'Sørensen', 'Thórsson', 'Ueda', 'Vázquez', 'Wójcik', 'Xu', 'Yılmaz', 'Zając', 'Adams',
  'Baker', 'Chen', 'Dubois', 'Evans', 'Fischer', 'García', 'Hoffmann', 'Ito', 'Jensen', 'Kim', 'Lefèvre',
];
const BAND_WORDS = [
  'Night', 'Silver', 'Echo', 'Velvet', 'Glass', 'Northern', 'Paper', 'Neon', 'Quiet', 'Golden', 'Hollow',
  'Crimson', 'Static', 'Lunar', 'Wild', 'Electric', 'Broken', 'Distant', 'Frozen', 'Midnight',
];
const BAND_NOUNS = [
  'Orchestra', 'Collective', 'Ensemble', 'Drive', 'Tapes', 'Machines', 'Horses', 'Signals', 'Lights',
  'Rivers', 'Ghosts', 'Choir', 'Strings', 'Club', 'Society', 'Parade', 'Radio', 'Hearts',
];
const FILM_WORDS = [
  'Midnight', 'River', 'Last', 'Summer', 'Iron', 'Silent', 'Crystal', 'Burning', 'Hidden', 'Lost',
  'Eternal', 'Blue', 'Dark', 'Golden', 'Winter', 'Wild', 'Empty', 'Secret', 'Falling', 'Distant',
  'Électrique', 'Fjörður', 'Señorita', 'Über', 'Café',
];
const FILM_NOUNS = [
  'Road', 'Kingdom', 'Heart', 'City', 'Garden', 'Storm', 'Horizon', 'Machine', 'Empire', 'Island',
  'Harbour', 'Letters', 'Mirror', 'Station', 'Frontier', 'Dreams', 'Shadows', 'Tide', 'Sky', 'Ballad',
];
const ALBUM_SUFFIXES = [
  ' (Original Motion Picture Soundtrack)', ' (Original Soundtrack)', ' (Music from the Motion Picture)',
  ': Original Score', '', ' (Deluxe Edition)',
];
const GENRES = [
  'soundtrack', 'film score', 'pop', 'rock', 'jazz', 'electronic', 'ambient', 'synthwave', 'hip hop',
  'r&b', 'soul', 'classical', 'post-punk revival', 'folk', 'country', 'disco', 'funk', 'musical',
  'dream pop', 'trip hop', 'world', 'bossa nova', 'tango', 'k-pop', 'j-pop', 'metal', 'indie',
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const pad = (value) => String(value).padStart(2, '0');
const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');

function artistName(random) {
  const roll = random();
  if (roll < 0.2) return pick(random, KNOWN_ARTISTS);
  if (roll < 0.75) return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  return `${random() < 0.5 ? 'The ' : ''}${pick(random, BAND_WORDS)} ${pick(random, BAND_NOUNS)}`;
}

function releaseDate(random) {
  const roll = random();
  if (roll < 0.05) return null;
  const year = 1950 + Math.floor(random() * 77);
  if (roll < 0.2) return String(year);
  const month = 1 + Math.floor(random() * 12);
  if (roll < 0.4) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
}

function genres(random) {
  const count = Math.floor(random() * 4); // 0 to 3; an empty list is "unknown"
  const chosen = new Set();
  while (chosen.size < count) chosen.add(pick(random, GENRES));
  return [...chosen];
}

/** One chart item in the feed's shape. */
function chartItem(rank, { artist, album, film, released, genres }) {
  return {
    id: `bench-${rank}`,
    title: album,
    url: `https://example.com/albums/${slug(album ?? film) || 'untitled'}-${rank}`,
    _soundtrack: { rank, artist, album, film, released, genres },
  };
}

/**
 * Items of a chart of `count` rows, in rank order. With `lowercaseEvery: n`, the artist of every
 * n-th rank is written in lower case ("björk", "the weeknd"); the other rows stay as they are.
 */
export function chartItems(count, seed = 20261122, { lowercaseEvery = 0 } = {}) {
  const random = prng(seed);
  const items = [];
  for (let rank = 1; rank <= count; rank++) {
    let artist = rank === 1 || random() >= 0.01 ? artistName(random) : null;
    if (artist && lowercaseEvery && rank % lowercaseEvery === 0) artist = artist.toLocaleLowerCase('en');
    const film = `${pick(random, FILM_WORDS)} ${pick(random, FILM_NOUNS)}${random() < 0.3 ? ` ${2 + Math.floor(random() * 4)}` : ''}`;
    const album = random() < 0.1 ? null : `${film}${pick(random, ALBUM_SUFFIXES)}`;
    items.push(chartItem(rank, { artist, album, film, released: releaseDate(random), genres: genres(random) }));
  }
  return items;
}

/**
 * A short chart whose sorted order tells how a table collates and orders dates: accented and
 * unaccented names, both cases, a name in another script and an unknown one; dates of year, month
 * and day precision in one year and unknown dates. In rank order, which is neither sorted order.
 */
export const CORRECTNESS_ROWS = [
  ['Blur', '1997-12-01'],
  ['坂本龍一', '1985'],
  ['abba', '1997'],
  ['Émilie Simon', null],
  ['Bjork', '1996-12-31'],
  [null, '2001-03-04'],
  ['Zbigniew Preisner', '2010-11-29'],
  ['ABBA', '1997-05-20'],
  ['Ennio Morricone', '1966-12'],
  ['Björk', '1998-01'],
  ['Air', null],
  ['Daft Punk', '1997-05-01'],
  ['Åsa Söderström', '1997-05'],
];

export const correctnessItems = () =>
  CORRECTNESS_ROWS.map(([artist, released], index) =>
    chartItem(index + 1, { artist, album: `Album ${index + 1}`, film: `Film ${index + 1}`, released, genres: ['soundtrack'] }),
  );

/** A complete JSON Feed 1.1 document holding the first `count` items of `items`. */
export function chartFeed(items, count) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Benchmark chart of ${count.toLocaleString('en')} soundtrack albums`,
    home_page_url: 'https://example.com/charts/benchmark',
    language: 'en',
    _soundtrack: { updated: '2026-11-01' },
    items: items.slice(0, count),
  };
}
