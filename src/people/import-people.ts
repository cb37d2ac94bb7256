import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { addPerson, rehirePerson } from './add-person.ts';
import { type ImportPreview, type ImportStep, planPeopleImport } from './plan-people-import.ts';
import { type HrFile, sha256Of } from './read-hr-csv.ts';
import { updatePerson } from './update-person.ts';

/** What importing an HR export would do: new, changed, unchanged, returning, gone and missing people. Writes nothing. */
export async function previewPeopleImport(ctx: Context, file: HrFile): Promise<ImportPreview> {
  return (await planPeopleImport(ctx, file)).preview;
}

/**
 * Imports the HR export that was previewed, named by its SHA-256: everyone in one transaction, each
 * with their own evidence event, then `people.import.applied` for the file. Any error changes nothing.
 * Nobody is offboarded: people missing from the file are only listed.
 */
export async function importPeople(ctx: Context, file: HrFile & { sha256: string }): Promise<ImportPreview> {
  const sha256 = sha256Of(file.csv);
  if (sha256 !== file.sha256) throw new AppError('conflict', `the file changed since the preview: ${file.fileName} has the SHA-256 ${sha256}, the preview was of ${file.sha256}; preview it again`, 'sha256');
  return inTransaction(ctx, async (tx) => {
    const { preview, steps } = await planPeopleImport(tx, file);
    for (const step of steps) await run(tx, step);
    await appendEvent(tx, {
      action: 'people.import.applied',
      subject: { type: 'people-import', id: sha256 },
      data: {
        fileName: file.fileName,
        sha256,
        rows: preview.rows,
        counts: { new: preview.new.length, changed: preview.changed.length, unchanged: preview.unchanged.length, returning: preview.returning.length, left: preview.left.length, missing: preview.missing.length },
      },
    });
    return preview;
  });
}

/** One person's write; an error the preview did not foresee (someone else's change since) still names the line. */
async function run(tx: Context, step: ImportStep): Promise<void> {
  try {
    if (step.action === 'add') await addPerson(tx, step.person);
    else if (step.action === 'rehire') await rehirePerson(tx, step.personId, step.person);
    else await updatePerson(tx, step.personId, step.changes);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, step.row.where(error.where ?? 'person'));
    throw error;
  }
}
