import type { z } from 'zod';
import type { scoreHistory, type1Report, type2Report } from '../../readiness/schemas.ts';
import { formatTable } from '../output.ts';

export type Type1View = z.infer<typeof type1Report>;
export type Type2View = z.infer<typeof type2Report>;
export type HistoryView = z.infer<typeof scoreHistory>;

const mark = (ok: boolean) => (ok ? 'yes' : 'NO');

function gapsText(gaps: Type1View['gaps']): string {
  if (gaps.length === 0) return 'No gaps.';
  return ['Gaps, in the order to close them:', ...gaps.map((g, i) => `${String(i + 1).padStart(2)}. ${g.controlId} ${g.title}${g.core ? ` [${g.core}]` : ''}\n      ${g.problem}\n      → ${g.next}`)].join('\n');
}

export function type1Text(report: Type1View): string {
  const rows = report.controls.map((c) => ({ control: c.control.id, title: c.control.title, designed: mark(c.designed.ok), 'in place': mark(c.inPlace.ok), evidence: (c.designed.ok ? c.inPlace : c.designed).summary }));
  return [
    `Type 1 as of ${report.asOf} (${report.timeZone}): ${report.score.met} of ${report.score.total} controls designed and in place (${report.score.percent}%)`,
    '',
    formatTable(rows, ['control', 'title', 'designed', 'in place', 'evidence']),
    '',
    gapsText(report.gaps),
  ].join('\n');
}

export function type2Text(report: Type2View): string {
  const rows = report.controls.map((c) => ({
    control: c.control.id,
    title: c.control.title,
    consistent: mark(c.consistent),
    basis: c.basis,
    expected: c.counts.expected,
    ok: c.counts.ok,
    late: c.counts.late,
    failed: c.counts.failed,
    excepted: c.counts.excepted,
  }));
  const broken = report.controls.flatMap((c) =>
    c.items.filter((i) => (i.result === 'late' || i.result === 'failed') && !i.exception).map((i) => ({ control: c.control.id, ref: i.ref, date: i.date, result: i.result, what: `${i.label}: ${i.detail}` })),
  );
  return [
    `Type 2 from ${report.from} to ${report.to} (${report.timeZone}): ${report.score.met} of ${report.score.total} controls operated consistently (${report.score.percent}%)`,
    '',
    formatTable(rows, ['control', 'title', 'consistent', 'basis', 'expected', 'ok', 'late', 'failed', 'excepted']),
    '',
    broken.length ? `Late or missed, without an exception (record one with groundwork readiness except CONTROL --ref REF --reason TEXT):\n${formatTable(broken, ['control', 'ref', 'date', 'result', 'what'])}` : 'Nothing late or missed without an exception.',
    '',
    gapsText(report.gaps),
  ].join('\n');
}

export function historyText(history: HistoryView): string {
  return formatTable(
    history.points.map((p) => ({ date: p.date, ready: `${p.met} of ${p.total}`, percent: `${p.percent}%`, bar: '#'.repeat(Math.round(p.percent / 5)) })),
    ['date', 'ready', 'percent', 'bar'],
  );
}
