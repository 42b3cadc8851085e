import { defineElement } from '../../internal/define-element.js';
import { SoundtrackChart } from './soundtrack-chart.js';

export { SoundtrackChart };

defineElement('soundtrack-chart', SoundtrackChart);
