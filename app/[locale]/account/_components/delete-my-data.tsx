'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useFormStatus } from 'react-dom';

function ConfirmButton() {
  const t = useTranslations('accountDeleteDialog');
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button-danger" disabled={pending}>
      {pending ? t('deleting') : t('confirm')}
    </button>
  );
}

/** Asks once more in a dialog before the server action erases everything. */
export function DeleteMyData({ action }: { action: () => Promise<void> }) {
  const t = useTranslations('accountDeleteDialog');
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="button-danger" onClick={() => dialog.current?.showModal()}>
        {t('open')}
      </button>
      <dialog ref={dialog} aria-labelledby="delete-dialog-heading" className="dialog">
        <h2 id="delete-dialog-heading">{t('heading')}</h2>
        <p>{t('body')}</p>
        <form action={action} className="button-row">
          <ConfirmButton />
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('keep')}
          </button>
        </form>
      </dialog>
    </>
  );
}
