/** GET /api/cadence/due (src/cadence/schemas.ts `dueList`): uncompleted occurrences that are open or missed. */
export interface DueNowResult {
  due: DueItem[];
}

export interface DueItem {
  obligation: { id: string; title: string; owner: string; subject: { type: string; id: string } | null };
  occurrence: {
    obligationId: string;
    index: number;
    /** YYYY-MM-DD in the workspace zone. */
    dueOn: string;
    status: 'upcoming' | 'open' | 'on_time' | 'late' | 'missed';
    /** Days past the due date, while still within the grace period. */
    overdueDays?: number;
  };
}
