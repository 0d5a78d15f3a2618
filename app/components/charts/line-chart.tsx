import type { ReactNode } from "react";
import { COLORS, ChartFigure, ChartSvg, ChartTable, Marker, clip, dashOf } from "./chart-parts";

export interface LineSeries {
  key: string;
  label: string;
  /** One value per category; null: not enough data (a gap in the line). */
  values: Array<number | null>;
}

export interface LineSvgProps {
  id: string;
  title: string;
  description: string;
  /** The x axis, in order (e.g. "Q1/2025" … "Q4/2026"). */
  categories: string[];
  series: LineSeries[];
  min?: number;
  max?: number;
  ticks?: number[];
  /** Smaller is better and drawn higher (ranks). */
  invert?: boolean;
  format: (value: number) => string;
  tickFormat?: (value: number) => string;
  /** A horizontal target line with its label. */
  reference?: { value: number; label: string };
  /** Writes each point's value next to it (defaults to true for a single series). */
  showValues?: boolean;
  /** The text written at a point, when it is not just `format(value)`. */
  pointLabel?: (value: number, index: number) => string;
  /** Columns instead of lines (a single series). */
  kind?: "line" | "column";
}

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 24;
const TOP = 44;
const BOTTOM = 40;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/** The picture of a trend: lines with markers (or columns) over the categories, with a legend. */
export function LineSvg({
  id,
  title,
  description,
  categories,
  series,
  min = 0,
  max = 1,
  ticks,
  invert = false,
  format,
  tickFormat = format,
  reference,
  showValues = series.length === 1,
  pointLabel = (v) => format(v),
  kind = "line",
}: LineSvgProps) {
  const n = Math.max(categories.length, 1);
  const step = PLOT_W / n;
  const x = (i: number) => LEFT + (i + 0.5) * step;
  const span = max - min || 1;
  const y = (v: number) => {
    const clamped = Math.max(min, Math.min(v, max));
    return TOP + ((invert ? clamped - min : max - clamped) / span) * PLOT_H;
  };
  const tickValues = ticks ?? [0, 0.25, 0.5, 0.75, 1].map((f) => min + f * span);
  const baseline = invert ? TOP : TOP + PLOT_H;

  // The legend across the top, each entry its marker, line style and label.
  let legendX = LEFT;
  const legend: ReactNode[] = series.map((s, si) => {
    const color = COLORS.series[si % COLORS.series.length];
    const at = legendX;
    legendX += 46 + Math.min(s.label.length, 40) * 7.2 + 18;
    return (
      <g key={s.key}>
        {kind === "line" ? (
          <line x1={at} x2={at + 36} y1={14} y2={14} stroke={color} strokeWidth={2.5} strokeDasharray={dashOf(si)} />
        ) : null}
        <Marker index={si} x={at + 18} y={14} color={color} />
        <text x={at + 44} y={14} dominantBaseline="middle" fill={COLORS.text}>
          {clip(s.label, 40)}
        </text>
      </g>
    );
  });

  return (
    <ChartSvg id={id} title={title} description={description} width={WIDTH} height={HEIGHT}>
      {tickValues.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} stroke={COLORS.grid} strokeWidth={1} />
          <text x={LEFT - 8} y={y(t)} dominantBaseline="middle" textAnchor="end" fill={COLORS.muted} fontSize={12}>
            {tickFormat(t)}
          </text>
        </g>
      ))}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + PLOT_H} y2={TOP + PLOT_H} stroke={COLORS.axis} strokeWidth={1.5} />
      {categories.map((c, i) => (
        <text key={c} x={x(i)} y={HEIGHT - BOTTOM + 20} textAnchor="middle" fill={COLORS.muted} fontSize={12}>
          {c}
        </text>
      ))}
      {reference ? (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(reference.value)} y2={y(reference.value)} stroke={COLORS.target} strokeWidth={2} strokeDasharray="8 5" />
          <text x={WIDTH - RIGHT} y={y(reference.value) - 6} textAnchor="end" fill={COLORS.target} fontWeight={600}>
            {reference.label}
          </text>
        </g>
      ) : null}
      {series.map((s, si) => {
        const color = COLORS.series[si % COLORS.series.length];
        if (kind === "column") {
          const w = Math.min(step * 0.6, 48);
          return (
            <g key={s.key}>
              {s.values.map((v, i) =>
                v === null ? null : (
                  <g key={i}>
                    <rect x={x(i) - w / 2} y={Math.min(y(v), baseline)} width={w} height={Math.max(Math.abs(baseline - y(v)), 1)} fill={color} />
                    {showValues ? (
                      <text x={x(i)} y={y(v) - 6} textAnchor="middle" fill={COLORS.text} fontWeight={600}>
                        {pointLabel(v, i)}
                      </text>
                    ) : null}
                  </g>
                ),
              )}
            </g>
          );
        }
        // A line runs through consecutive known values; a gap stays a gap (no invented figures).
        const runs: Array<Array<[number, number]>> = [];
        let run: Array<[number, number]> = [];
        s.values.forEach((v, i) => {
          if (v === null) {
            if (run.length) runs.push(run);
            run = [];
          } else run.push([x(i), y(v)]);
        });
        if (run.length) runs.push(run);
        return (
          <g key={s.key}>
            {runs
              .filter((r) => r.length > 1)
              .map((r, ri) => (
                <polyline key={ri} points={r.map(([px, py]) => `${px},${py}`).join(" ")} fill="none" stroke={color} strokeWidth={2.5} strokeDasharray={dashOf(si)} />
              ))}
            {s.values.map((v, i) =>
              v === null ? null : (
                <g key={i}>
                  <Marker index={si} x={x(i)} y={y(v)} color={color} />
                  {showValues ? (
                    <text x={x(i)} y={y(v) + (invert ? 20 : -10)} textAnchor="middle" fill={COLORS.text} fontWeight={600}>
                      {pointLabel(v, i)}
                    </text>
                  ) : null}
                </g>
              ),
            )}
          </g>
        );
      })}
      {legend}
    </ChartSvg>
  );
}

export interface LineChartProps extends LineSvgProps {
  categoryHeader: string;
  missingLabel: string;
  /** Shows the title over the picture (false when a heading right above says the same). */
  showTitle?: boolean;
}

/** A trend over periods (lines or columns), followed by its data table: one row per period, one column per series. */
export function LineChart(props: LineChartProps) {
  const { id, title, categories, series, categoryHeader, missingLabel, format, showTitle = true } = props;
  return (
    <ChartFigure id={id} title={title} showTitle={showTitle}>
      <LineSvg {...props} />
      <ChartTable caption={title}>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            {series.map((s) => (
              <th key={s.key} scope="col" className="text-right">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((c, i) => (
            <tr key={c}>
              <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                {c}
              </th>
              {series.map((s) => {
                const v = s.values[i] ?? null;
                return (
                  <td key={s.key} className="text-right tabular-nums">
                    {v === null ? missingLabel : format(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </ChartFigure>
  );
}
