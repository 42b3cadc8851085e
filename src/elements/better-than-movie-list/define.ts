import { defineElement } from '../../internal/define-element.js';
import { BetterThanMovieList } from './better-than-movie-list.js';

export { BetterThanMovieList };

defineElement('better-than-movie-list', BetterThanMovieList);
