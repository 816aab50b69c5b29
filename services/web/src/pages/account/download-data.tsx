import { useMutation } from '@tanstack/preact-query';
import { apiResponse } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';

/** Saves the answer as a file: a link to /api/me/export could not carry the access token. */
async function downloadExport(fileName: string): Promise<void> {
  const response = await apiResponse('/api/me/export');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** « Télécharger mes données »: everything the network holds about me, as JSON. */
export function DownloadData() {
  const { account } = useMessages();
  const download = useMutation({ mutationFn: () => downloadExport(account.data.fileName) });
  return (
    <section aria-labelledby="my-data-title">
      <h2 id="my-data-title">{account.data.title}</h2>
      <p>{account.data.intro}</p>
      <Button variant="secondary" pending={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? account.data.downloading : account.data.download}
      </Button>
      <ErrorMessage error={download.error} />
      <p class="success" role="status">
        {download.isSuccess ? account.data.downloaded : ''}
      </p>
    </section>
  );
}
