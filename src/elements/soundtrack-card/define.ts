import { defineElement } from '../../internal/define-element.js';
import { SoundtrackCard } from './soundtrack-card.js';

export { SoundtrackCard };

defineElement('soundtrack-card', SoundtrackCard);
