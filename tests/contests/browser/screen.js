// Sends an entry through a plain HTML form, then screens it in the admin as a coordinator.
// Usage: node screen.js <form url> <server> <username> <password> <photo> <shots dir>
const { chromium } = require("playwright-core");

async function main() {
  const [formUrl, server, username, password, photo, shots] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const result = {};

  await page.goto(formUrl);
  await page.fill("input[name=title]", "Browser entry: a school in Batken");
  await page.setInputFiles("input[name=photos]", photo);
  await page.check("input[name=consent]");
  await page.screenshot({ path: `${shots}/01-entry-form.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  result.created = JSON.parse(await page.innerText("body"));
  await page.screenshot({ path: `${shots}/02-entry-created.png`, fullPage: true });

  await page.goto(`${server}/admin/login/`);
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", password);
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  await page.goto(`${server}/admin/contests/entries/?q=${result.created.reference}`);
  await page.screenshot({ path: `${shots}/03-entries.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click(`a:has-text("${result.created.reference}")`)]);
  await page.selectOption("select[name=state]", "ineligible");
  await page.selectOption("select[name=screening_reason]", "compatriot");
  await page.fill("textarea[name=screening_note]", "Lives in Bishkek.");
  await page.screenshot({ path: `${shots}/04-screening.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click("footer button.button-longrunning[type=submit]")]);
  await page.screenshot({ path: `${shots}/05-screened.png`, fullPage: true });

  await page.goto(result.created.status_url);
  result.status = JSON.parse(await page.innerText("body"));
  await page.screenshot({ path: `${shots}/06-status-link.png`, fullPage: true });
  await browser.close();
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
