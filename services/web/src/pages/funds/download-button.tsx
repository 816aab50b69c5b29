import { useMutation } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { downloadFile } from './download.js';

/** A file from the API (CSV, certificate), with its pending state, its error and a « done ». */
export function DownloadButton({
  path,
  fileName,
  label,
}: {
  path: string;
  fileName: string;
  label: string;
}) {
  const t = useMessages().funds.download;
  const download = useMutation({ mutationFn: () => downloadFile(path, fileName) });
  return (
    <div class="download">
      <Button variant="secondary" pending={download.isPending} onClick={() => download.mutate()}>
        {label}
      </Button>
      <ErrorMessage error={download.error} />
      <p class="success" role="status">
        {download.isSuccess ? t.done(fileName) : ''}
      </p>
    </div>
  );
}
