import { ApiError, freshToken } from './api.js';
import { t } from './i18n.js';

/**
 * Uploads one file to POST /api/files as multipart, reporting progress (0–1); resolves with the File JSON.
 * XMLHttpRequest, not fetch: only it reports upload progress.
 */
export async function uploadFile(file, onProgress) {
  const token = await freshToken();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/files');
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
    request.onload = () => {
      const json = (() => { try { return JSON.parse(request.responseText); } catch { return {}; } })();
      if (request.status === 201) {
        resolve(json);
      } else {
        reject(new ApiError({ status: request.status, title: request.statusText, ...json }));
      }
    };
    request.onerror = () => reject(new ApiError({ status: 0, title: t('api.offline.title'), detail: t('files.uploadFailed') }));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/** A file or preview the API serves only with the bearer token, as a Blob. */
export async function fetchFile(url) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${await freshToken()}` } });
  if (!response.ok) {
    throw new ApiError({ status: response.status, title: response.statusText });
  }
  return response.blob();
}

/** A data: URL for an image (the page's CSP allows data: images, not blob: ones). */
export function dataUrl(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export function byteSize(bytes) {
  if (bytes < 1024) return t('files.bytes', { size: bytes });
  if (bytes < 1024 * 1024) return t('files.kilobytes', { size: Math.round(bytes / 1024) });
  return t('files.megabytes', { size: Math.round(bytes / 104857.6) / 10 });
}
