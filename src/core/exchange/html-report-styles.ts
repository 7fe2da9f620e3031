/**
 * The HTML report's style sheet, inline so the file stands alone: a readable column, the
 * scorecard as a plain table, the claim a `#claim-N` link points at outlined, verdict glyphs on their colour (with the label beside them, so
 * colour never carries the meaning alone), and print rules (no page break inside a claim,
 * link addresses printed after the links).
 */
export const REPORT_STYLES = [
  ':root{color-scheme:light;font-family:Georgia,"Times New Roman",serif;line-height:1.55;color:#1a1a1a;background:#fff}',
  'body{margin:0}main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem}',
  'h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0 1rem}h2{font-size:1.35rem;margin:2.25rem 0 .75rem;border-bottom:1px solid #ccc;padding-bottom:.25rem}',
  'h3{font-size:1.1rem;margin:0 0 .5rem;display:flex;gap:.4rem;align-items:center}h4{font-size:.95rem;margin:1rem 0 .25rem}',
  '.kicker{font:600 .8rem/1 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#555;margin:0}',
  '.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font-size:.95rem;margin:0}.meta dt{font-weight:600}.meta dd{margin:0;overflow-wrap:anywhere}',
  'table{border-collapse:collapse;min-width:16rem}caption{text-align:left;font-style:italic;color:#555;padding-bottom:.25rem}',
  'th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}td{text-align:right;font-variant-numeric:tabular-nums}tfoot th,tfoot td{font-weight:700}',
  '.glyph{display:inline-flex;justify-content:center;min-width:1.5em;border-radius:.3em;color:#000;font:700 .95em/1.4 system-ui,sans-serif}',
  '.claim,.mark,.note{border:1px solid #ddd;border-radius:.4rem;padding:1rem 1.1rem;margin:0 0 1rem;break-inside:avoid;scroll-margin-top:1rem}',
  // A link to `…#claim-3` (a ClaimReview url) lands with room above and shows which claim it meant.
  ':target{outline:3px solid #0b4f8a;outline-offset:2px}',
  '.number{color:#555;font-weight:400}blockquote.passage{margin:0 0 .75rem;padding:.25rem 0 .25rem 1rem;border-left:4px solid #999;font-style:italic}',
  // A quote inside the reader's explanation is theirs, not the passage: plainer, so the two never look alike.
  '.explanation blockquote{margin:.5rem 0;padding:0 0 0 .75rem;border-left:2px solid #ccc;color:#444;font-style:normal}',
  '.claim p,.mark p,.note p{margin:.35rem 0}.muted{color:#555}.explanation{margin:.5rem 0}.explanation pre{white-space:pre-wrap}',
  '.sources{margin:.25rem 0;padding-left:1.25rem}.sources li{overflow-wrap:anywhere}',
  '.stance{font:600 .75rem/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;border:1px solid currentColor;border-radius:.25rem;padding:.1rem .3rem;margin-left:.3rem}',
  '.stance-supports{color:#00684a}.stance-refutes{color:#a63a00}.stance-context{color:#444}',
  'a{color:#0b4f8a}footer{max-width:44rem;margin:0 auto;padding:0 1.25rem 2rem;color:#555;font-size:.85rem}',
  '@media print{main{max-width:none;padding:0}a{color:inherit}.sources a::after{content:" <" attr(href) ">";font-size:.85em;color:#444}h2{break-after:avoid}:target{outline:none}}',
].join('');
