'use client';

import { useRef } from 'react';
import { useFormStatus } from 'react-dom';

function ConfirmButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button-danger" disabled={pending}>
      {pending ? 'Deleting…' : 'Yes, delete everything'}
    </button>
  );
}

/** Asks once more in a dialog before the server action erases everything. */
export function DeleteMyData({ action }: { action: () => Promise<void> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="button-danger" onClick={() => dialog.current?.showModal()}>
        Delete my data
      </button>
      <dialog ref={dialog} aria-labelledby="delete-dialog-heading" className="dialog">
        <h2 id="delete-dialog-heading">Delete all your Unlisted data?</h2>
        <p>
          Your account, your progress on every checklist, your bookmarks and your sign-ins on every device are deleted
          at once. This cannot be undone.
        </p>
        <form action={action} className="button-row">
          <ConfirmButton />
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            Keep my data
          </button>
        </form>
      </dialog>
    </>
  );
}
