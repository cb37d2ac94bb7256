import { addAsset } from '../assets/add-asset.ts';
import { type Asset, listAssets } from '../assets/asset.ts';
import { assignAsset } from '../assets/assign-asset.ts';
import type { Context } from '../context.ts';

const laptops = ['MacBook Pro 14, M3 Pro, 2024', 'MacBook Air 13, M3, 2024'];

/**
 * Each person's laptop and YubiKey, handed over at the context's time, and spares on the shelf:
 * a laptop and two keys. Resolves to the whole register. `people` are work emails of people already in the directory, in the
 * order their tags are numbered (BL-LAP-001, YK-5C-001…).
 */
export async function seedAssets(ctx: Context, people: string[]): Promise<Asset[]> {
  const number = (n: number) => String(n).padStart(3, '0');
  for (const [index, person] of people.entries()) {
    const laptop = `BL-LAP-${number(index + 1)}`;
    const key = `YK-5C-${number(index + 1)}`;
    await addAsset(ctx, { kind: 'laptop', tag: laptop, description: laptops[index % laptops.length] });
    await addAsset(ctx, { kind: 'hardware-token', tag: key, description: 'YubiKey 5C NFC' });
    await assignAsset(ctx, { tag: laptop, person });
    await assignAsset(ctx, { tag: key, person });
  }
  const spare = people.length + 1;
  await addAsset(ctx, { kind: 'laptop', tag: `BL-LAP-${number(spare)}`, description: 'MacBook Air 13, M2, 2023 (spare)' });
  await addAsset(ctx, { kind: 'hardware-token', tag: `YK-5C-${number(spare)}`, description: 'YubiKey 5C NFC (spare)' });
  await addAsset(ctx, { kind: 'hardware-token', tag: `YK-5C-${number(spare + 1)}`, description: 'YubiKey 5C NFC (spare)' });
  return listAssets(ctx);
}
