/** "user:maya@brightline.example" → "maya@brightline.example"; "cli:root" → "root (command line)"; "system:github" → "github (Groundwork)". */
export function actorName(actor: string): string {
  const [type, ...rest] = actor.split(':');
  const id = rest.join(':');
  if (!id) return actor;
  if (type === 'user') return id;
  if (type === 'cli') return `${id} (command line)`;
  if (type === 'system') return `${id} (Groundwork)`;
  return actor;
}
