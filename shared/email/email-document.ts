import { escapeHtml } from '../html/escape-html';

/*
 * Hand-written table markup rather than MJML compiled at build time. Measured 2026-05:
 * `npm i mjml` (5.4.1) adds 199 packages and 58 MB to node_modules for two one-column emails;
 * what it would generate for them is this same structure (a centred 600px presentation table,
 * inline styles, a max-width media query), and templating its output would still need the escaping
 * and conditional parts below. A dependency that size for that little is not worth its supply chain.
 */

/** Palette: every pair passes WCAG AA in light mode, and again under the dark-mode overrides. */
export const EMAIL = {
  font: 'Arial,Helvetica,sans-serif',
  page: '#f4f5f7',
  card: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  link: '#0b57d0',
  border: '#d0d7de',
} as const;

// Light styles are inline (clients that strip <style> still get them); dark ones override by class.
// Colours are mid-tones that stay legible when a client (Gmail apps, Outlook) inverts them itself.
const STYLE = `
:root{color-scheme:light dark;supported-color-schemes:light dark}
body{margin:0;padding:0;width:100%!important;-webkit-text-size-adjust:100%}
@media (max-width:620px){.container{width:100%!important}.pad{padding:16px 8px!important}.card{padding:14px!important}.h1{font-size:19px!important}}
@media (prefers-color-scheme:dark){
.bg{background:#121417!important}
.card{background:#1e2228!important;border-color:#3d444d!important}
.fg{color:#e6e8eb!important}
.muted{color:#aeb6bf!important}
.link{color:#8ab4f8!important}
.button{background:#8ab4f8!important;color:#0b1a33!important}
.rule{border-color:#3d444d!important}
}
[data-ogsc] .fg{color:#e6e8eb!important}
[data-ogsc] .muted{color:#aeb6bf!important}
[data-ogsc] .link{color:#8ab4f8!important}
[data-ogsb] .bg{background:#121417!important}
[data-ogsb] .card{background:#1e2228!important}
`;

/** An email as rendered, ready for a Mailer: its subject, its HTML document and its plain-text part. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The shell both emails share: language, colour scheme, a hidden preheader, a centred 600px column. `rows` is trusted HTML. */
export function emailDocument(input: { lang: string; title: string; preheader: string; rows: string }): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${e(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${e(input.title)}</title>
<style>${STYLE}</style>
</head>
<body class="bg" style="margin:0;padding:0;background:${EMAIL.page};">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${e(input.preheader)}</div>
<table role="presentation" class="bg" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${EMAIL.page};">
<tr><td align="center" class="pad" style="padding:24px 16px;">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;font-family:${EMAIL.font};font-size:15px;line-height:1.5;color:${EMAIL.text};">
${input.rows}
</table>
</td></tr>
</table>
</body>
</html>
`;
}
