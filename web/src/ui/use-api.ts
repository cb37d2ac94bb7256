import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, getJson } from './api.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiProblem | undefined;
  /** True while a request is in flight; `data` keeps the previous answer meanwhile, so tables do not flash. */
  loading: boolean;
  reload(): void;
}

/** Loads `path` (or nothing while it is null) and reloads whenever it changes; stale answers are dropped. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiProblem>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    getJson<T>(path, controller.signal).then(
      (answer) => {
        setData(answer);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof ApiProblem ? failure : new ApiProblem({ status: 0, title: 'Unexpected error', detail: String(failure), code: 'client' }));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
