import { escapeHtml } from '../../shared/html/escape-html';
import { translator } from '../../shared/i18n';

// Contrast: text #1f2328 on #fff is 15:1, muted #57606a 6.4:1, error #b42318 6.5:1, links #0b57d0 6.6:1.
/** The page's one stylesheet, inline; its hash is in the Content-Security-Policy (content-security-policy.ts). */
export const PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f6f7f9;color:#1f2328;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.card{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:1.25rem 1.25rem 1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.15rem;margin:0 0 .5rem}
p{margin:0 0 1rem}
a{color:#0b57d0}
.field{margin:0 0 1.25rem}
label,legend{display:block;font-weight:600;margin:0 0 .25rem}
fieldset{border:0;margin:0 0 1.25rem;padding:0}
.hint{color:#57606a;font-size:.9rem;margin:0 0 .35rem}
input[type=email],input[type=text],select{width:100%;font:inherit;color:inherit;background:#fff;border:1px solid #6e7781;border-radius:.35rem;padding:.5rem .6rem}
select[multiple]{padding:.25rem}
.choice{display:flex;align-items:center;gap:.5rem;margin:0 0 .35rem}
.choice label{font-weight:400;margin:0}
.choice input{width:1.15rem;height:1.15rem;margin:0;accent-color:#0b57d0}
button{font:inherit;font-weight:600;color:#fff;background:#0b57d0;border:0;border-radius:.35rem;padding:.7rem 1.4rem;cursor:pointer}
button:hover{background:#0842a0}
:focus-visible{outline:3px solid #f2b600;outline-offset:2px}
.error{color:#b42318;font-weight:600;margin:.35rem 0 0}
[aria-invalid=true]{border-color:#b42318;border-width:2px}
.summary{border:2px solid #b42318;border-radius:.35rem;padding:.75rem 1rem;margin:0 0 1.25rem;background:#fff5f5}
.summary ul{margin:0;padding-left:1.25rem}
.muted{color:#57606a;font-size:.9rem}
.inline{display:flex;gap:.5rem;align-items:center}
.inline select{flex:1 1 auto;min-width:0}
button.secondary{color:#0b57d0;background:#fff;border:1px solid #0b57d0;padding:.45rem .9rem}
button.secondary:hover{background:#eef3fc}
.lang-switch{margin:0 0 1.25rem;padding:0 0 1rem;border-bottom:1px solid #d0d7de}
.lang-switch label{font-weight:400;font-size:.9rem}
.indent{margin-left:1.65rem}
.narrow{max-width:10rem}
.js .nojs{display:none}
.picker-filter{width:100%;font:inherit;color:inherit;background:#fff;border:1px solid #6e7781;border-radius:.35rem;padding:.5rem .6rem}
.picker-count{color:#57606a;font-size:.9rem;margin:.35rem 0}
.picker-list{max-height:14rem;overflow-y:auto;border:1px solid #6e7781;border-radius:.35rem;padding:.4rem .6rem}
.picker-list .choice{margin:0;padding:.2rem 0}
.picker-none{margin:.35rem 0 0}
.picker-chips{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;margin:0 0 .5rem;padding:0}
button.chip{font-weight:400;font-size:.9rem;color:#1f2328;background:#eef3fc;border:1px solid #0b57d0;border-radius:1rem;padding:.15rem .65rem}
button.chip:hover{background:#dbe6fa}
[hidden]{display:none!important}
@media (max-width:30rem){main{padding:1rem .5rem 2rem}.card{padding:1rem}h1{font-size:1.35rem}}
`;

/** The one HTML page shell: lang attribute (and the site name in that language), viewport, inline CSS, no external assets. `body` is trusted HTML. */
export function layout(title: string, body: string, options: { lang?: string } = {}): string {
  const lang = /^[a-z]{2}(-[A-Z]{2})?$/.test(options.lang ?? '') ? (options.lang as string) : 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} – ${escapeHtml(translator(lang).t('siteName'))}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<div class="card">
${body}
</div>
</main>
</body>
</html>
`;
}
