// The one stylesheet of handouts and the offline site, inlined in every page (no remote fonts or
// images). Colours keep text at 4.5:1 or more against its background; focus is a thick yellow
// and black ring; print is 12 pt or larger on A4 or Letter (no page size is forced), keeps short
// blocks whole and prints each web address after its link.
export const STYLE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#474747;--link:#1a4d99;--visited:#5a2d82;--line:#8a8a8a;
--red:#a4161a;--red-bg:#fdecec;--amber:#7a4a00;--amber-bg:#fff4d6;--blue:#1a4d99;--blue-bg:#eaf1fb;--green:#1e5e2e;--green-bg:#e9f6ec}
*{box-sizing:border-box}
html{font-size:112.5%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
html.large{font-size:150%}
body{margin:0 auto;padding:0 1rem 2rem;max-width:44rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
line-height:1.6;color:var(--ink);background:#fff;overflow-wrap:break-word}
h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.9rem;margin-top:.8em}h2{font-size:1.45rem}h3{font-size:1.2rem}h4,h5,h6{font-size:1.05rem}
p,ul,ol,table,pre,blockquote{margin:0 0 1em}
li{margin:.25em 0}
a{color:var(--link);text-decoration-thickness:.08em;text-underline-offset:.15em}
a:visited{color:var(--visited)}
a:hover{text-decoration-thickness:.2em}
:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
a:focus-visible{background:#ffdd00;color:#0b0c0c;outline:none;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em;background:#f1f1f1;border-radius:3px}
code{padding:.05em .25em}pre{padding:.6em;white-space:pre-wrap}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f1f1f1}td.right,th.right{text-align:right}td.center,th.center{text-align:center}
blockquote{border-left:4px solid var(--line);padding-left:1em;margin-left:0}
.skip{position:absolute;left:-999em;top:0}
.skip:focus{position:static;display:inline-block;margin:.5em 0;padding:.4em .6em}
.site-header{display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:center;justify-content:space-between;
border-bottom:2px solid var(--ink);padding:.6em 0}
.site-name{font-weight:700;font-size:1.15rem}
.site-header nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25em 1.2em;margin:0;padding:0}
form.search{display:flex;flex-wrap:wrap;gap:.5em;align-items:flex-end;margin:1em 0}
form.search label{flex-basis:100%;font-weight:700}
input[type=search]{flex:1 1 14em;min-width:0;font:inherit;padding:.45em .6em;border:2px solid var(--ink);border-radius:4px}
button{font:inherit;font-weight:700;padding:.45em 1em;border:2px solid var(--ink);border-radius:4px;background:var(--link);color:#fff;cursor:pointer}
.meta,.summary{color:var(--muted)}.summary{font-size:1.1rem}
.callout,.box,.banner{border-left:6px solid var(--blue);background:var(--blue-bg);padding:.6em 1em;margin:0 0 1em;border-radius:0 4px 4px 0}
.callout>:last-child,.box>:last-child,.banner>:last-child{margin-bottom:0}
.callout-label,.banner-label{font-weight:700;margin-bottom:.25em}
.callout.tip{border-color:var(--green);background:var(--green-bg)}
.callout.warning,.banner.urgent,.box.urgent{border-color:var(--amber);background:var(--amber-bg)}
.callout.important,.callout.caution,.banner.emergency,.box.emergency{border-color:var(--red);background:var(--red-bg)}
.banner{border-width:2px 2px 2px 10px;border-style:solid;font-size:1.1rem}
.banner.emergency .banner-label{color:var(--red)}.banner.urgent .banner-label{color:var(--amber)}
.questions{border:2px solid var(--blue);border-radius:4px;padding:.2em 1em .6em;margin:1.5em 0}
.questions h2{margin-top:.5em}
ol.sources{padding-left:2.2em}ol.sources li{margin:.4em 0}
.url{overflow-wrap:anywhere;word-break:break-word}
.result{border-top:1px solid var(--line);margin-top:1.5em}
.result-sources{font-size:.95rem}
ul.topics{list-style:none;padding:0}ul.topics li{margin:0 0 .9em}ul.topics a{font-weight:700;font-size:1.1rem}
.site-footer,.handout-footer{border-top:2px solid var(--ink);margin-top:2.5em;padding-top:.8em}
.site-footer p,.handout-footer p{margin:.4em 0}
@media (max-width:30em){html{font-size:106.25%}html.large{font-size:137.5%}h1{font-size:1.6rem}}
@media print{
/* Paper: 10 mm at the top and bottom (11 and 12 before), well inside what printers reach: red-flags, with 83 sources then (91 now, with the line heights below), keeps to 8 pages with text at 12 pt. */
@page{margin:10mm 12mm 10mm}
html{font-size:12pt}html.large{font-size:16pt}
/* Paper: 1.2 lines (1.3, then 1.25 before; the numbered sources, a reference list, 1.1) and the tighter blocks and margins below keep red-flags, the longest handout, on 8 pages of either size (2026-12-06: with 91 sources it took 9 at 1.25). Text stays 12 pt. */
body{max-width:none;padding:0;color:#000;line-height:1.2}
h1{font-size:1.6em;margin-top:0}h2{font-size:1.3em}h3{font-size:1.1em}
h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}
.skip,form.search,.site-header nav,.no-print{display:none!important}
.site-header{border-bottom-width:1px}
a,a:visited{color:#000}
a[href^="http"]:not(.url)::after{content:" (" attr(href) ")";overflow-wrap:anywhere;word-break:break-word}
code,pre,.result-sources,.summary{font-size:1em}
.callout,.box,.banner,.questions,tr,pre,blockquote,section.short,ol.sources li{break-inside:avoid;page-break-inside:avoid}
p,li{orphans:3;widows:3}
.callout,.box,.banner{border-width:1pt 1pt 1pt 5pt;border-style:solid}
.questions li{margin-bottom:1.4em}
ol.sources{line-height:1.1}ol.sources li{margin:0}ol.sources br{display:none}ol.sources .url::before{content:" "}
/* Paper: list items sit closer, so a long list of warning signs stays on fewer pages. */
li{margin:.1em 0}
/* …and blocks too (1em on screen): red-flags, the longest handout, then keeps to 8 pages. */
p,ul,ol,table,pre,blockquote{margin:0 0 .75em}
.site-footer,.handout-footer{margin-top:1.2em;padding-top:.4em}
}
`;
