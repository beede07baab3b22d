/**
 * Draws every chart of the page (see src/components/Chart.astro). Registers only the Chart.js
 * parts the site's charts use, so the rest of the library is left out of the bundle.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartSpec } from '../site/chart-spec.ts';
import { chartConfig } from './chart-config.ts';
import { sampleLegendLabels } from './chart-legend.ts';
import { patternFill } from './chart-patterns.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The printable width of A4 with print.css margins (210 − 2 × 16 mm), in CSS pixels. */
const MM = 96 / 25.4;
const PRINT_WIDTH = 178 * MM;
const PRINT_HEIGHT = { normal: 80 * MM, tall: 200 * MM } as const;
/** Sharper lines on paper than on screen. */
const PRINT_PIXEL_RATIO = 3;

interface Drawn {
  chart: Chart;
  figure: HTMLElement;
  size: keyof typeof PRINT_HEIGHT;
}

const drawn: Drawn[] = [];

function draw(figure: HTMLElement): void {
  const specText = figure.querySelector('script[data-chart-spec]')?.textContent;
  const box = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = box?.querySelector('canvas');
  if (!specText || !box || !canvas) return;
  const spec = JSON.parse(specText) as ChartSpec;
  box.hidden = false;
  const config = chartConfig(spec, patternFill);
  const labels = config.options?.plugins?.legend?.labels;
  if (labels) labels.generateLabels = sampleLegendLabels;
  const chart = new Chart(canvas, config);
  // Drawn: the table steps back behind its summary line (it stays one click away).
  figure.querySelector('details.chart-data')?.removeAttribute('open');
  if (figure.dataset['table'] === 'switch') switchable(figure, box);
  drawn.push({ chart, figure, size: box.classList.contains('chart-size-tall') ? 'tall' : 'normal' });
}

/** The Biểu đồ / Bảng switch: one view at a time once the chart is drawn (printing shows both). */
function switchable(figure: HTMLElement, box: HTMLElement): void {
  const bar = figure.querySelector<HTMLElement>('.chart-switch');
  const table = figure.querySelector<HTMLElement>('[data-chart-table]');
  if (!bar || !table) return;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-view]')];
  const show = (view: string) => {
    box.hidden = view !== 'chart';
    table.hidden = view !== 'table';
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['view'] === view));
  };
  for (const b of buttons) b.addEventListener('click', () => show(b.dataset['view'] ?? 'chart'));
  bar.hidden = false;
  show('chart');
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) draw(figure);

// Print styles do not trigger Chart.js's resize observer: size the charts for the page ourselves,
// and put the data tables on paper under them.
const reopened: HTMLDetailsElement[] = [];
const unhidden: HTMLElement[] = [];
window.addEventListener('beforeprint', () => {
  for (const { chart, figure, size } of drawn) {
    // Not responsive while printing: a layout change (print preview, emulated media) must not undo the paper size.
    chart.options.responsive = false;
    chart.options.devicePixelRatio = PRINT_PIXEL_RATIO;
    chart.update('none');
    chart.resize(PRINT_WIDTH, PRINT_HEIGHT[size]);
    for (const el of figure.querySelectorAll<HTMLElement>('.chart-canvas[hidden], [data-chart-table][hidden]')) {
      el.hidden = false;
      unhidden.push(el);
    }
    const details = figure.querySelector<HTMLDetailsElement>('details.chart-data');
    if (details && !details.open) {
      details.open = true;
      reopened.push(details);
    }
  }
});
window.addEventListener('afterprint', () => {
  for (const { chart } of drawn) {
    chart.options.responsive = true;
    delete chart.options.devicePixelRatio;
    chart.update('none');
    chart.resize();
  }
  for (const details of reopened.splice(0)) details.open = false;
  for (const el of unhidden.splice(0)) el.hidden = true;
});
