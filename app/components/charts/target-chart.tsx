import { COLORS, ChartFigure, ChartSvg, ChartTable, clip } from "./chart-parts";

export interface TargetRow {
  key: string;
  label: string;
  /** The plan's target, 0..1 ("at least"). */
  target: number;
  /** The actual share 0..1, or null when there is not enough data. */
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface TargetChartLabels {
  item: string;
  target: string;
  actual: string;
  counts: string;
  status: string;
  met: string;
  notMet: string;
  missing: string;
  /** "{numerator} / {denominator}" in the reader's language. */
  ratio: (numerator: number, denominator: number) => string;
}

export interface TargetChartProps {
  id: string;
  title: string;
  description: string;
  rows: TargetRow[];
  format: (value: number) => string;
  labels: TargetChartLabels;
  /** Shows the title over the picture (false when a heading right above says the same). */
  showTitle?: boolean;
}

/** "Met" needs a figure: below the minimum cases a target is neither met nor missed. */
export function targetStatus(row: Pick<TargetRow, "target" | "value">): "met" | "notMet" | "missing" {
  if (row.value === null) return "missing";
  return row.value >= row.target ? "met" : "notMet";
}

const WIDTH = 720;
const LABEL_W = 290;
const RIGHT_W = 150;
const PLOT_W = WIDTH - LABEL_W - RIGHT_W;
const ROW_H = 40;
const BAR_H = 18;
const TOP = 48;
const BOTTOM = 10;

/** Target vs actual: a bar for the actual share, a marker at the target, the value and "met"/"not met" in words. */
export function TargetChart({ id, title, description, rows, format, labels, showTitle = true }: TargetChartProps) {
  const height = TOP + rows.length * ROW_H + BOTTOM;
  const x = (v: number) => LABEL_W + Math.max(0, Math.min(v, 1)) * PLOT_W;
  const word = (row: TargetRow) => labels[targetStatus(row)];
  return (
    <ChartFigure id={id} title={title} showTitle={showTitle}>
      <ChartSvg id={id} title={title} description={description} width={WIDTH} height={height}>
        {/* Legend: the bar is the actual share, the dashed mark the target. */}
        <rect x={LABEL_W} y={6} width={28} height={12} fill={COLORS.series[0]} />
        <text x={LABEL_W + 34} y={12} dominantBaseline="middle" fill={COLORS.text}>
          {labels.actual}
        </text>
        <line x1={LABEL_W + 140} x2={LABEL_W + 140} y1={2} y2={22} stroke={COLORS.target} strokeWidth={3} strokeDasharray="4 2" />
        <text x={LABEL_W + 148} y={12} dominantBaseline="middle" fill={COLORS.text}>
          {labels.target}
        </text>
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - BOTTOM} stroke={COLORS.grid} strokeWidth={1} />
            <text x={x(t)} y={TOP - 10} textAnchor="middle" fill={COLORS.muted} fontSize={12}>
              {format(t)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const mid = TOP + i * ROW_H + ROW_H / 2;
          return (
            <g key={row.key}>
              <text x={LABEL_W - 8} y={mid} dominantBaseline="middle" textAnchor="end" fill={COLORS.text}>
                {clip(row.label, 36)}
              </text>
              {row.value === null ? null : (
                <rect x={LABEL_W} y={mid - BAR_H / 2} width={Math.max(x(row.value) - LABEL_W, 1)} height={BAR_H} fill={COLORS.series[0]} />
              )}
              <line x1={x(row.target)} x2={x(row.target)} y1={mid - ROW_H / 2 + 3} y2={mid + ROW_H / 2 - 3} stroke={COLORS.target} strokeWidth={3} strokeDasharray="4 2" />
              <text x={WIDTH - RIGHT_W + 10} y={mid} dominantBaseline="middle" fill={COLORS.text} fontWeight={600}>
                {row.value === null ? labels.missing : `${format(row.value)} · ${word(row)}`}
              </text>
            </g>
          );
        })}
        <line x1={LABEL_W} x2={LABEL_W} y1={TOP - 6} y2={height - BOTTOM} stroke={COLORS.axis} strokeWidth={1.5} />
      </ChartSvg>
      <ChartTable caption={title}>
        <thead>
          <tr>
            <th scope="col">{labels.item}</th>
            <th scope="col" className="text-right">
              {labels.target}
            </th>
            <th scope="col" className="text-right">
              {labels.actual}
            </th>
            <th scope="col" className="text-right">
              {labels.counts}
            </th>
            <th scope="col">{labels.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                {row.label}
              </th>
              <td className="text-right tabular-nums">≥ {format(row.target)}</td>
              <td className="text-right tabular-nums">{row.value === null ? labels.missing : format(row.value)}</td>
              <td className="text-right tabular-nums">{labels.ratio(row.numerator, row.denominator)}</td>
              <td>
                <StatusWord status={targetStatus(row)} labels={labels} />
              </td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </ChartFigure>
  );
}

/** "Met" / "Not met" in words (colour only repeats it). */
export function StatusWord({ status, labels }: { status: "met" | "notMet" | "missing"; labels: Pick<TargetChartLabels, "met" | "notMet" | "missing"> }) {
  if (status === "missing") return <span className="italic text-gray-700">{labels.missing}</span>;
  return status === "met" ? (
    <span className="font-semibold text-green-800">
      <span aria-hidden="true">✓ </span>
      {labels.met}
    </span>
  ) : (
    <span className="font-semibold text-red-800">
      <span aria-hidden="true">✗ </span>
      {labels.notMet}
    </span>
  );
}
