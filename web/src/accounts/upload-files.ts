import { ApiProblem, networkProblem, problemFromResponse } from '../ui/api-problem.ts';
import { currentCsrfToken, reportSessionEnded } from '../ui/api-session.ts';

export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * POSTs files as one body, one after another, naming and sizing each in the query
 * (`?file=members.json&bytes=1200&file=admins.json`), as POST /api/systems/:id/accounts/import
 * takes them. XMLHttpRequest rather than fetch, for the upload's progress; the browser streams the
 * files from disk. Resolves to the JSON answer; a refusal throws the API's problem.
 */
export function uploadFiles<T>(path: string, files: File[], query: Record<string, string | undefined>, onProgress: (progress: UploadProgress) => void): Promise<T> {
  const params = new URLSearchParams();
  files.forEach((file, i) => {
    params.append('file', file.name);
    if (i < files.length - 1) params.append('bytes', String(file.size));
  });
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${path}?${params}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : 0 });
    request.onerror = () => reject(networkProblem(new Error('the upload was interrupted')));
    request.onload = () => {
      const answer = new Response(request.status === 204 ? null : request.responseText, {
        status: request.status,
        statusText: request.statusText,
        headers: { 'content-type': request.getResponseHeader('content-type') ?? '' },
      });
      if (answer.ok) {
        answer.json().then((body) => resolve(body as T), reject);
        return;
      }
      problemFromResponse(answer).then((problem: ApiProblem) => {
        if (problem.status === 401) reportSessionEnded(problem);
        reject(problem);
      }, reject);
    };
    request.send(new Blob(files));
  });
}
