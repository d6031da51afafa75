import { html } from 'lit';
import uPlot from 'uplot';
import { UrbisElement } from '../lib/element.js';
import { formatNumber, t } from '../lib/i18n.js';

export const STAGES = ['exploring', 'piloting', 'adopted', 'dropped'];

let stylesheet;
/** uPlot's own stylesheet, from its webjar beside the module the import map names (a <link>: the CSP allows no inline style). */
function loadStylesheet() {
  if (!stylesheet) {
    stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = import.meta.resolve('uplot/dist/uPlot.min.css');
    document.head.append(stylesheet);
  }
}

/** Every month from the first to the last that has a stage change, as 'YYYY-MM', none skipped. */
function monthsBetween(first, last) {
  const months = [];
  let [year, month] = first.split('-').map(Number);
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/**
 * Per month and stage, how many cities had reached that stage by the month's end (a running total of the stage
 * changes of {@code GET /api/dashboard}'s adoptionsByMonth): what a programme office follows, how far the cities got.
 */
export function cumulativeByStage(entries) {
  if (!entries.length) {
    return { months: [], totals: {} };
  }
  const sorted = entries.map((entry) => entry.month).sort();
  const months = monthsBetween(sorted[0], sorted[sorted.length - 1]);
  const totals = {};
  for (const stage of STAGES) {
    let sum = 0;
    totals[stage] = months.map((month) => {
      sum += entries.filter((entry) => entry.month === month && entry.stage === stage).reduce((n, entry) => n + entry.count, 0);
      return sum;
    });
  }
  return { months, totals };
}

const cssVariable = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * Adoptions over time as a step chart (uPlot, on a canvas): per stage, the cities that had reached it by each month.
 * The canvas is an image described by the table under it, which gives the same numbers as text.
 */
export class AdoptionChart extends UrbisElement {
  static properties = { entries: { attribute: false } };

  connectedCallback() {
    super.connectedCallback();
    loadStylesheet();
    this.resize = new ResizeObserver(() => {
      if (this.plot && this.plot.width !== this.size().width) {
        this.plot.setSize(this.size());
      }
    });
    this.resize.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  size() {
    return { width: Math.max(this.clientWidth, 200), height: 240 };
  }

  updated() {
    this.plot?.destroy();
    this.plot = undefined;
    const { months, totals } = cumulativeByStage(this.entries ?? []);
    if (!months.length) {
      return;
    }
    const text = cssVariable('--text');
    const grid = cssVariable('--border');
    const axis = { stroke: text, grid: { stroke: grid }, ticks: { stroke: grid } };
    const stepped = uPlot.paths.stepped({ align: 1 });
    this.plot = new uPlot({
      ...this.size(),
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(max, 1)] } },
      axes: [{ ...axis }, { ...axis, values: (u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? formatNumber(tick) : '')) }],
      series: [{}, ...STAGES.map((stage) => ({ label: t(`dashboard.stage.${stage}`), stroke: cssVariable(`--chart-${stage}`), width: 2, paths: stepped }))],
    }, [months.map((month) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1) / 1000), ...STAGES.map((stage) => totals[stage])],
    this.querySelector('.adoption-chart-canvas'));
  }

  render() {
    const { months, totals } = cumulativeByStage(this.entries ?? []);
    if (!months.length) {
      return html`<p class="muted">${t('dashboard.empty')}</p>`;
    }
    return html`<ul class="chart-legend">${STAGES.map((stage) => html`<li>
        <svg class="chart-swatch chart-${stage}" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10"></rect></svg>${t(`dashboard.stage.${stage}`)}</li>`)}</ul>
      <div class="adoption-chart-canvas" role="img" aria-label=${t('dashboard.chart.label')} aria-describedby="dashboard-cumulative-table"></div>
      <div class="table-scroll" role="region" aria-labelledby="dashboard-cumulative-caption" tabindex="0"><table class="dashboard-months" id="dashboard-cumulative-table">
        <caption id="dashboard-cumulative-caption">${t('dashboard.chart.caption')}</caption>
        <thead><tr><th scope="col">${t('dashboard.month')}</th>${STAGES.map((stage) => html`<th scope="col">${t(`dashboard.stage.${stage}`)}</th>`)}</tr></thead>
        <tbody>${months.map((month, i) => html`<tr><th scope="row">${month}</th>${STAGES.map((stage) => html`<td>${formatNumber(totals[stage][i])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
  }
}
customElements.define('adoption-chart', AdoptionChart);
