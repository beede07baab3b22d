import { Chart, type LegendItem, type PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';
import { LEGEND_SAMPLE_WIDTH } from './chart-config.ts';

const HEIGHT = 12;

/** The parts of a dataset's look the sample copies (set by chart-config.ts as plain values). */
interface Look {
  type?: string;
  borderColor?: string;
  backgroundColor?: string | CanvasPattern;
  borderWidth?: number;
  borderDash?: number[];
  pointRadius?: number;
  pointStyle?: PointStyle;
}

/**
 * What a series looks like, in small: a patterned swatch for bars, a stretch of line (dashes and
 * marker included) for lines. Chart.js's own legend markers are too short to show a dash.
 */
function sample(d: Look, chartType: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = LEGEND_SAMPLE_WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const stroke = d.borderColor ?? '#000';
  if ((d.type ?? chartType) === 'bar') {
    ctx.fillStyle = d.backgroundColor ?? stroke;
    ctx.fillRect(0.5, 0.5, LEGEND_SAMPLE_WIDTH - 1, HEIGHT - 1);
    ctx.strokeStyle = stroke;
    ctx.strokeRect(0.5, 0.5, LEGEND_SAMPLE_WIDTH - 1, HEIGHT - 1);
    return canvas;
  }
  ctx.strokeStyle = stroke;
  ctx.fillStyle = d.backgroundColor ?? stroke;
  ctx.lineWidth = d.borderWidth ?? 2;
  ctx.setLineDash(d.borderDash ?? []);
  ctx.beginPath();
  ctx.moveTo(0, HEIGHT / 2);
  ctx.lineTo(LEGEND_SAMPLE_WIDTH, HEIGHT / 2);
  ctx.stroke();
  const radius = d.pointRadius ?? 0;
  if (radius > 0) {
    ctx.setLineDash([]);
    ctx.lineWidth = 1;
    drawPoint(ctx, { pointStyle: d.pointStyle ?? 'circle', radius, rotation: 0, borderWidth: 1 }, LEGEND_SAMPLE_WIDTH / 2, HEIGHT / 2);
  }
  return canvas;
}

/** Legend entries with a drawn sample of each series instead of Chart.js's point markers. */
export function sampleLegendLabels(chart: Chart): LegendItem[] {
  const generate = Chart.defaults.plugins.legend.labels.generateLabels;
  const type = (chart.config as { type?: string }).type ?? 'bar';
  return generate(chart).map((item) => {
    const dataset = item.datasetIndex === undefined ? undefined : chart.data.datasets[item.datasetIndex];
    return dataset ? { ...item, pointStyle: sample(dataset as unknown as Look, type) } : item;
  });
}
