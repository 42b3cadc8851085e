import { defineElement } from '../../internal/define-element.js';
import { SoundtrackCardGrid } from './soundtrack-card-grid.js';

export { SoundtrackCardGrid };

defineElement('soundtrack-card-grid', SoundtrackCardGrid);
