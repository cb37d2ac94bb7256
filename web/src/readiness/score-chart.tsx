import { Text } from '@mantine/core';
import type { ScoreHistory } from './readiness-types.ts';

const WIDTH = 640;
const HEIGHT = 160;
const PAD = { left: 36, right: 12, top: 12, bottom: 24 };

/** The Type 1 score at each month end: a line over 0–100 %, each point labelled by its month. */
export function ScoreChart({ history }: { history: ScoreHistory }) {
  const points = history.points;
  if (points.length < 2) return <Text size="sm" c="dimmed">The chart fills in at each month end; today the score is {points[0]?.percent ?? 0}%.</Text>;
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / (points.length - 1);
  const y = (percent: number) => PAD.top + ((100 - percent) * (HEIGHT - PAD.top - PAD.bottom)) / 100;
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={`Type 1 score from ${points[0]!.percent}% on ${points[0]!.date} to ${points.at(-1)!.percent}% on ${points.at(-1)!.date}`}>
      {[0, 50, 100].map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="var(--mantine-color-gray-3)" />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="var(--mantine-color-dimmed)">
            {tick}%
          </text>
        </g>
      ))}
      <path d={line} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth="2" />
      {points.map((p, i) => (
        <g key={p.date}>
          <circle cx={x(i)} cy={y(p.percent)} r="3.5" fill="var(--mantine-color-blue-6)">
            <title>{`${p.date}: ${p.met} of ${p.total} controls ready (${p.percent}%)`}</title>
          </circle>
          <text x={x(i)} y={HEIGHT - 6} textAnchor="middle" fontSize="11" fill="var(--mantine-color-dimmed)">
            {i === points.length - 1 ? 'today' : p.date.slice(0, 7)}
          </text>
        </g>
      ))}
    </svg>
  );
}
