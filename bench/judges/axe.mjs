// axe-core on each page, phone and desktop layouts: node axe.mjs BASE path... → one JSON line per page and layout
// {"path","layout","violations":[{"id","impact","nodes"}]}. Every rule axe runs by default counts, at any impact.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const profiles = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    userAgent: "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36" },
  desktop: { viewport: { width: 1366, height: 900 } },
};
for (const [layout, profile] of Object.entries(profiles)) {
  const context = await browser.newContext(profile);
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: "load" });
    // The CSP allows no inline script: add axe through the DevTools protocol's evaluate instead of a <script> tag.
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(" ") }));
    });
    console.log(JSON.stringify({ path, layout, violations: result }));
  }
  await context.close();
}
await browser.close();
