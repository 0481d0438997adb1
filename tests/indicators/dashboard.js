// A coordinator opens the communication plan's report on a laptop and on a phone.
// Usage: NODE_PATH=<playwright-core's node_modules> node dashboard.js '<plan as JSON>'
// (see tests/indicators/test_browser.py)
const { chromium } = require("playwright-core");

const LAPTOP = { viewport: { width: 1440, height: 900 }, locale: "en-GB" };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: "en-GB" };

// The admin scrolls inside its own container: grow the viewport for a whole-page picture.
async function fullShot(page, path) {
  await page.waitForTimeout(300);
  const size = page.viewportSize();
  const extra = await page.evaluate(() => {
    let most = document.documentElement.scrollHeight - window.innerHeight;
    for (const element of document.querySelectorAll("body *")) {
      const overflow = getComputedStyle(element).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && element.clientHeight > 200) {
        most = Math.max(most, element.scrollHeight - element.clientHeight);
      }
    }
    return Math.max(most, 0);
  });
  await page.setViewportSize({ width: size.width, height: size.height + extra });
  await page.waitForTimeout(200);
  await page.screenshot({ path });
  await page.setViewportSize(size);
}

async function look(browser, plan, device, name) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  await page.goto(`${plan.server}/admin/login/`);
  await page.fill("input[name=username]", plan.username);
  await page.fill("input[name=password]", plan.password);
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  await page.goto(`${plan.server}/admin/reports/communication-plan/?${plan.query}`);
  await page.waitForSelector("#indicators-plan table");
  const seen = await page.evaluate(() => {
    const charts = [...document.querySelectorAll("svg.indicators-chart")];
    const rows = {};
    for (const row of document.querySelectorAll("#indicators-plan tbody tr")) {
      const cells = [...row.querySelectorAll("td")].map((cell) => cell.innerText.trim());
      rows[cells[0]] = cells;
    }
    return {
      charts: charts.length,
      drawn: charts.filter((svg) => svg.getBoundingClientRect().width > 0).length,
      bars: document.querySelectorAll("svg.indicators-chart rect").length,
      period: document.querySelector("[data-indicators-period]").innerText,
      totals: Object.fromEntries(
        [...document.querySelectorAll("[data-indicators-total]")].map((el) => [el.dataset.indicatorsTotal, el.innerText])
      ),
      rows,
      menu: !!document.querySelector('a[href="/admin/reports/communication-plan/"]'),
    };
  });
  await fullShot(page, `${plan.shots}/${name}.png`);
  await context.close();
  return seen;
}

(async () => {
  const plan = JSON.parse(process.argv[2]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const result = {
      laptop: await look(browser, plan, LAPTOP, "01-dashboard-laptop"),
      phone: await look(browser, plan, PHONE, "02-dashboard-phone"),
    };
    process.stdout.write(JSON.stringify(result));
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
