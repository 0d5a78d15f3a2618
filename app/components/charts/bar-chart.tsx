import type { ReactNode } from "react";
import { COLORS, ChartFigure, ChartSvg, ChartTable, clip } from "./chart-parts";

export interface BarDatum {
  key: string;
  label: string;
  /** null: not enough data (written as such, no bar). */
  value: number | null;
  /** The table's row header links here when given. */
  href?: string;
}

export interface BarChartProps {
  id: string;
  /** The picture's name and the table's caption. */
  title: string;
  /** What the picture shows, in a sentence or two (read by screen readers). */
  description: string;
  labelHeader: string;
  valueHeader: string;
  data: BarDatum[];
  /** The end of the scale (100 for the index). */
  max?: number;
  format: (value: number) => string;
  missingLabel: string;
  /** Shows the title over the picture (false when a heading right above says the same). */
  showTitle?: boolean;
  /** Extra columns for the table, after the value (e.g. the rank). */
  extraColumns?: Array<{ header: string; cell: (d: BarDatum, i: number) => ReactNode }>;
}

const WIDTH = 720;
const LABEL_W = 250;
const VALUE_W = 120;
const PLOT_W = WIDTH - LABEL_W - VALUE_W;
const ROW_H = 28;
const BAR_H = 18;
const TOP = 26;
const BOTTOM = 10;

/** A horizontal bar chart with the value written at the end of each bar, followed by its data table. */
export function BarChart({ id, title, description, labelHeader, valueHeader, data, max = 100, format, missingLabel, extraColumns = [], showTitle = true }: BarChartProps) {
  const height = TOP + data.length * ROW_H + BOTTOM;
  const x = (v: number) => LABEL_W + (Math.max(0, Math.min(v, max)) / max) * PLOT_W;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return (
    <ChartFigure id={id} title={title} showTitle={showTitle}>
      <ChartSvg id={id} title={title} description={description} width={WIDTH} height={height}>
        <g>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - BOTTOM} stroke={COLORS.grid} strokeWidth={1} />
              <text x={x(t)} y={TOP - 10} textAnchor="middle" fill={COLORS.muted} fontSize={12}>
                {format(t)}
              </text>
            </g>
          ))}
        </g>
        {data.map((d, i) => {
          const y = TOP + i * ROW_H;
          const mid = y + ROW_H / 2;
          return (
            <g key={d.key}>
              <text x={LABEL_W - 8} y={mid} dominantBaseline="middle" textAnchor="end" fill={COLORS.text}>
                {clip(d.label, 32)}
              </text>
              {d.value === null ? (
                <text x={LABEL_W + 6} y={mid} dominantBaseline="middle" fill={COLORS.muted} fontStyle="italic">
                  {missingLabel}
                </text>
              ) : (
                <>
                  <rect x={LABEL_W} y={mid - BAR_H / 2} width={Math.max(x(d.value) - LABEL_W, 1)} height={BAR_H} fill={COLORS.series[0]} />
                  <text x={x(d.value) + 6} y={mid} dominantBaseline="middle" fill={COLORS.text} fontWeight={600}>
                    {format(d.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        <line x1={LABEL_W} x2={LABEL_W} y1={TOP - 6} y2={height - BOTTOM} stroke={COLORS.axis} strokeWidth={1.5} />
      </ChartSvg>
      <ChartTable caption={title}>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col" className="text-right">
              {valueHeader}
            </th>
            {extraColumns.map((c) => (
              <th key={c.header} scope="col" className="text-right">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((d, i) => (
            <tr key={d.key}>
              <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                {d.href ? <a href={d.href}>{d.label}</a> : d.label}
              </th>
              <td className="text-right tabular-nums">{d.value === null ? missingLabel : format(d.value)}</td>
              {extraColumns.map((c) => (
                <td key={c.header} className="text-right tabular-nums">
                  {c.cell(d, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </ChartFigure>
  );
}
