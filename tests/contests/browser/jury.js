// A juror scores one entry on a phone and one on a laptop; a coordinator records a winner
// and publishes the results, then reads them from the API.
// Usage: node jury.js '<plan as JSON>' (see tests/jury/test_browser.py)
const { chromium } = require("playwright-core");

// The phone's admin speaks Kyrgyz, the laptop's Russian (the browser's language; the
// coordinator's comes from the profile).
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: "ky-KG",
};
const LAPTOP = { viewport: { width: 1366, height: 900 }, locale: "ru-RU" };
// The page in use, photographed as failure.png when a step fails.
let current = null;
let shotsDir = null;

// The admin scrolls inside its own container, not the document: the viewport grows to
// the content's height for the picture, then shrinks back.
async function fullShot(page, path) {
  await page.waitForTimeout(400);
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

async function logIn(page, server, username, password) {
  await page.goto(`${server}/admin/login/`);
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", password);
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
}

async function submitted(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

async function jurorWalk(browser, plan, walk, first) {
  const context = await browser.newContext(walk.name === "phone" ? PHONE : LAPTOP);
  const page = await context.newPage();
  current = page;
  const file = (number, name) => `${plan.shots}/${String(number).padStart(2, "0")}-${walk.name}-${name}.png`;
  const shot = (number, name) => fullShot(page, file(number, name));

  await logIn(page, plan.server, plan.juror, plan.password);
  await page.waitForSelector("#jury-my-entries-section");
  await shot(first, "dashboard");
  await submitted(page, "#jury-my-entries-section a.button");
  await shot(first + 1, "my-entries");
  await submitted(page, `a.button[href$="/assignments/${walk.assignment}/review/"]`);
  await shot(first + 2, "review");
  for (const [field, value] of Object.entries(walk.scores)) {
    await page.check(`input[name=${field}][value="${value}"]`);
  }
  await page.fill("textarea[name=comment]", walk.comment);
  await submitted(page, "button[name=action][value=draft]");
  await shot(first + 3, "draft-saved");
  await page.click('button[data-a11y-dialog-show="jury-submit-dialog"]');
  const confirm = page.locator("#jury-submit-dialog button[name=action][value=submit]");
  await confirm.waitFor({ state: "visible" });
  await page.waitForTimeout(400);
  await page.screenshot({ path: file(first + 4, "submit-dialog") });
  await Promise.all([page.waitForNavigation(), confirm.click()]);
  await page.goto(`${plan.server}/admin/jury/assignments/${walk.assignment}/review/`);
  const locked =
    (await page.locator("#review-form input[type=radio]:not([disabled])").count()) === 0 &&
    (await page.locator("button[name=action]").count()) === 0;
  await shot(first + 5, "submitted");
  await context.close();
  return { locked };
}

async function coordinatorWalk(browser, plan) {
  const context = await browser.newContext(LAPTOP);
  const page = await context.newPage();
  current = page;
  const shot = (name) => fullShot(page, `${plan.shots}/${name}.png`);
  const result = {};

  await logIn(page, plan.server, plan.coordinator, plan.password);
  await page.goto(`${plan.server}/admin/jury/rounds/${plan.round}/results/`);
  result.results_rows = {};
  for (const row of await page.locator("tr[data-entry]").all()) {
    result.results_rows[await row.getAttribute("data-entry")] = (await row.locator("td").nth(5).innerText()).trim();
  }
  await shot("13-results");

  await page.goto(`${plan.server}/admin/jury/editions/${plan.edition}/decisions/`);
  await page.selectOption("select[name=entry]", String(plan.winner));
  await page.selectOption("select[name=kind]", "winner");
  await page.selectOption("select[name=category]", "investment");
  await page.fill("input[name=rank]", "1");
  await page.fill("textarea[name=citation_en]", "For a school that opened its doors.");
  await submitted(page, "form:has(select[name=entry]) button[type=submit]");
  result.decision_row = await page.locator("table.listing tbody tr").first().innerText();
  await shot("14-decision-recorded");
  await submitted(page, 'a.button[href$="/decisions/publish/"]');
  await shot("15-publish-confirmation");
  await submitted(page, "main form[method=post] button[type=submit]");
  await shot("16-published");

  await page.goto(`${plan.server}/api/v1/contests/${plan.edition}`);
  result.api = JSON.parse(await page.innerText("pre"));
  const shown = JSON.stringify(result.api.results, null, 2);
  await page.setContent(`<h1>GET /api/v1/contests/${plan.edition}: results</h1><pre></pre>`);
  await page.locator("pre").evaluate((element, text) => (element.textContent = text), shown);
  await shot("17-api-winners");
  await context.close();
  return result;
}

async function main() {
  const plan = JSON.parse(process.argv[2]);
  shotsDir = plan.shots;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const result = {};
  let first = 1;
  for (const walk of plan.walks) {
    result[walk.name] = await jurorWalk(browser, plan, walk, first);
    first += 6;
  }
  Object.assign(result, await coordinatorWalk(browser, plan));
  await browser.close();
  process.stdout.write(JSON.stringify(result));
}

main().catch(async (error) => {
  console.error(error);
  if (current) {
    await current.screenshot({ path: `${shotsDir}/failure.png`, fullPage: true }).catch(() => {});
    console.error(`failed at ${current.url()}`);
  }
  process.exit(1);
});
