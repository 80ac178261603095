// Reads the judges' raw output (bench/judges.sh) and prints the markdown table; exits 1 on any score < 100 or finding.
import { readFileSync, existsSync } from "node:fs";
const [work, fast, title, load, ...pages] = process.argv.slice(2);
const axe = readFileSync(`${work}/axe.jsonl`, "utf8").trim().split("\n").filter(Boolean).map(l => JSON.parse(l));
let vnu = { messages: [] };
try { vnu = JSON.parse(readFileSync(`${work}/vnu.json`, "utf8")); } catch { /* no output = no message */ }
const lines = [`\n## ${title}\n`, `Load average at the end: ${load}. Lighthouse 12.2.3 phone profile (simulated throttling); vnu errors in the phone + desktop HTML; axe-core violations (any impact) in both layouts.\n`,
  "| page | path | performance | accessibility | best practices | SEO | vnu errors | axe findings |", "|---|---|---:|---:|---:|---:|---:|---:|"];
let failed = false;
const details = [];
pages.forEach((entry, index) => {
  const [path, name] = entry.split("|");
  const i = index + 1;
  let scores = ["–", "–", "–", "–"];
  if (fast !== "1") {
    const file = `${work}/lh-${i}.json`;
    if (existsSync(file)) {
      const lh = JSON.parse(readFileSync(file, "utf8"));
      scores = ["performance", "accessibility", "best-practices", "seo"].map(k => Math.round((lh.categories[k]?.score ?? 0) * 100));
      for (const [k, s] of Object.entries(lh.categories)) if (s.score < 1) {
        const low = s.auditRefs.filter(r => r.weight > 0 && lh.audits[r.id].score !== null && lh.audits[r.id].score < 1)
          .map(r => `${r.id} (${lh.audits[r.id].displayValue ?? lh.audits[r.id].score})`);
        details.push(`- ${path} ${k}: ${low.join(", ")}`);
      }
    } else scores = ["fail", "fail", "fail", "fail"];
    if (scores.some(s => s !== 100)) failed = true;
  }
  const errors = vnu.messages.filter(m => m.type === "error" && (m.url.endsWith(`/${i}-phone.html`) || m.url.endsWith(`/${i}-desktop.html`)));
  for (const e of errors.slice(0, 5)) details.push(`- ${path} vnu: ${e.message} (${e.url.split("/").pop()} line ${e.lastLine})`);
  const found = axe.filter(a => a.path === path).flatMap(a => a.violations.map(v => ({ ...v, layout: a.layout })));
  for (const v of found) details.push(`- ${path} axe ${v.layout}: ${v.id} (${v.impact}, ${v.nodes} nodes, e.g. ${v.target})`);
  if (errors.length > 0 || found.length > 0) failed = true;
  lines.push(`| ${name} | \`${path}\` | ${scores.join(" | ")} | ${errors.length} | ${found.length} |`);
});
if (details.length > 0) lines.push("", "Findings:", ...details);
console.log(lines.join("\n"));
process.exit(failed ? 1 : 0);
