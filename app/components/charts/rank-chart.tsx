import { ChartFigure, ChartTable } from "./chart-parts";
import { LineSvg } from "./line-chart";
import { StatusWord, type TargetChartLabels } from "./target-chart";

export interface RankYear {
  year: number;
  score: number;
  rank: number;
  /** How many provinces were ranked that year. */
  of: number;
  targetRank: number;
}

export interface RankChartLabels extends Pick<TargetChartLabels, "met" | "notMet" | "missing" | "target" | "status"> {
  year: string;
  score: string;
  rank: string;
  /** "{rank}/{of}". */
  rankOf: (rank: number, of: number) => string;
  /** The target line's label, e.g. "Mục tiêu 20/63". */
  targetLine: string;
}

/**
 * The province's PCI rank per year against the plan's target rank: rank 1 drawn at the top, the
 * target as a dashed line, "26/63" written at each point; then the table with the score as well.
 */
export function RankChart({
  id,
  title,
  description,
  years,
  target,
  formatScore,
  labels,
  showTitle = true,
}: {
  id: string;
  title: string;
  description: string;
  years: RankYear[];
  target: number;
  formatScore: (value: number) => string;
  labels: RankChartLabels;
  showTitle?: boolean;
}) {
  const of = Math.max(63, ...years.map((y) => y.of));
  const ticks = [1, 10, 20, 30, 40, 50, 60].filter((t) => t <= of);
  return (
    <ChartFigure id={id} title={title} showTitle={showTitle}>
      <LineSvg
        id={id}
        title={title}
        description={description}
        categories={years.map((y) => String(y.year))}
        series={[{ key: "rank", label: labels.rank, values: years.map((y) => y.rank) }]}
        min={1}
        max={of}
        ticks={ticks}
        invert
        format={(v) => String(v)}
        pointLabel={(v, i) => labels.rankOf(v, years[i]?.of ?? of)}
        reference={{ value: target, label: labels.targetLine }}
        showValues
      />
      <ChartTable caption={title}>
        <thead>
          <tr>
            <th scope="col">{labels.year}</th>
            <th scope="col" className="text-right">
              {labels.score}
            </th>
            <th scope="col" className="text-right">
              {labels.rank}
            </th>
            <th scope="col" className="text-right">
              {labels.target}
            </th>
            <th scope="col">{labels.status}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                {y.year}
              </th>
              <td className="text-right tabular-nums">{formatScore(y.score)}</td>
              <td className="text-right tabular-nums">{labels.rankOf(y.rank, y.of)}</td>
              <td className="text-right tabular-nums">{labels.rankOf(y.targetRank, y.of)}</td>
              <td>
                <StatusWord status={y.rank <= y.targetRank ? "met" : "notMet"} labels={labels} />
              </td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </ChartFigure>
  );
}
