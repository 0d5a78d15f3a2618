import type { ReactNode } from "react";

/**
 * Pieces every chart shares. Charts are plain server-rendered SVG (no client script): the SVG is one
 * image to assistive technology (role="img", named by its <title> and described by its <desc>), and
 * the same figures follow in a real table, so nothing is only in the picture.
 */

// Colours checked against white: text ≥ 4.5:1, marks ≥ 3:1 (WCAG 1.4.3 and 1.4.11).
export const COLORS = {
  text: "#111827", // gray-900, 17:1
  muted: "#374151", // gray-700, 10:1
  grid: "#d1d5db", // decorative only
  axis: "#6b7280", // gray-500, 4.8:1
  series: ["#a11d21", "#1e40af", "#166534", "#6b21a8"], // brand red 7.3:1, blue-800 8.7:1, green-800 7.1:1, purple-800 9.6:1
  target: "#8a6100", // gold 5.5:1
} as const;

/** Long agency names are cut in the picture; the table below has them in full. */
export function clip(label: string, max = 34): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** The <svg> of a chart: one image with an accessible name and description. */
export function ChartSvg({
  id,
  title,
  description,
  width,
  height,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      className="chart-svg block h-auto w-full max-w-3xl print:max-w-full"
      fontFamily="inherit"
      fontSize={13}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** A marker shape per series, so series differ by shape as well as colour. */
export function Marker({ index, x, y, color }: { index: number; x: number; y: number; color: string }) {
  switch (index % 3) {
    case 1:
      return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={color} />;
    case 2:
      return <path d={`M ${x} ${y - 6} L ${x + 5.5} ${y + 4} L ${x - 5.5} ${y + 4} Z`} fill={color} />;
    default:
      return <circle cx={x} cy={y} r={5} fill={color} />;
  }
}

/** Dash patterns per series (solid, dashed, dotted). */
export function dashOf(index: number): string | undefined {
  return [undefined, "7 4", "2 3"][index % 3];
}

/**
 * The wrapper: the chart's title for sighted readers (left out when a heading right above says the
 * same), the picture, then its data table. The visible title is hidden from assistive technology,
 * which gets it as the picture's name and the table's caption.
 */
export function ChartFigure({ id, title, showTitle = true, children, className }: { id: string; title: string; showTitle?: boolean; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={`chart my-4 ${className ?? ""}`}>
      {showTitle ? (
        <p aria-hidden="true" className="mb-2 font-semibold">
          {title}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The data table under a chart (a few narrow columns: it fits a phone without scrolling). */
export function ChartTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <table className="table-basic mt-3 w-auto min-w-[20rem] text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      {children}
    </table>
  );
}
