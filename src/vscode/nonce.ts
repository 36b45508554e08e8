// The nonce of a webview's Content-Security-Policy: the one script the preview or the dashboard
// loads carries it; anything else (a script smuggled into a document) does not run.
export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}
