import { apiResponse } from '../../api/client.js';

/**
 * Saves an API answer as a file. A plain link could not carry the access token (it is not a
 * cookie), so the file is fetched with it and handed to the browser as a Blob.
 */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const response = await apiResponse(path);
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
