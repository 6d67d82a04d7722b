"use client";

import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from "chart.js";
import { Bar } from "react-chartjs-2";
import { chartColour } from "./palette";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

export type ChartSeries = { label: string; data: number[] };

type Props = {
  /** Read by screen readers; the page shows the same numbers in a table. */
  ariaLabel: string;
  labels: string[];
  series: ChartSeries[];
  /** Stack the series (e.g. categories per month). */
  stacked?: boolean;
  /** Bars run left to right (long labels such as product names). */
  horizontal?: boolean;
  height?: number;
};

/**
 * A small Chart.js bar chart for reports: whole-number counts, one colour per series (or per bar
 * when there is a single series), a legend only when there are several series.
 */
export function BarChart({ ariaLabel, labels, series, stacked = false, horizontal = false, height = 260 }: Props) {
  const single = series.length === 1;
  const data = {
    labels,
    datasets: series.map((s, i) => ({
      label: s.label,
      data: s.data,
      backgroundColor: single ? labels.map((_, j) => chartColour(j)) : chartColour(i),
      borderRadius: 3,
      maxBarThickness: 48,
    })),
  };
  const valueAxis = { beginAtZero: true, stacked, ticks: { precision: 0 } };
  const labelAxis = { stacked, grid: { display: false } };
  const options: ChartOptions<"bar"> = {
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: horizontal ? "y" : "x",
    animation: false,
    plugins: { legend: { display: !single, position: "bottom" } },
    scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
  };
  return (
    <div style={{ height }} className="relative">
      <Bar data={data} options={options} role="img" aria-label={ariaLabel} />
    </div>
  );
}
