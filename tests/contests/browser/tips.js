// Sends a story tip through a plain HTML form, then handles it in the admin's inbox.
// Usage: node tips.js <form url> <server> <username> <password> <photo> <shots dir>
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
  await page.fill("textarea[name=what_happened]", "Compatriots in Istanbul opened a computer class in our village school.");
  await page.setInputFiles("input[name=photos]", photo);
  await page.check("input[name=consent]");
  await page.screenshot({ path: `${shots}/01-tip-form.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  result.created = JSON.parse(await page.innerText("body"));

  await page.goto(`${server}/admin/login/`);
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", password);
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  await page.goto(`${server}/admin/story-tips/`);
  await page.screenshot({ path: `${shots}/02-inbox.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click(`a:has-text("${result.created.reference}")`)]);
  const id = page.url().match(/inspect\/(\d+)/)[1];
  await page.screenshot({ path: `${shots}/03-tip.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click(`a.button-secondary[href$="/edit/${id}/"]`)]);
  await page.selectOption("select[name=state]", "contacted");
  await page.fill("textarea[name=state_note]", "Called on WhatsApp.");
  await page.screenshot({ path: `${shots}/04-change-state.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click("footer button.button-longrunning[type=submit]")]);
  await page.goto(`${server}/admin/story-tips/inspect/${id}/`);
  result.inspectUrl = page.url();
  await page.screenshot({ path: `${shots}/05-tip-contacted.png`, fullPage: true });
  result.photoShown = await page.evaluate(() =>
    Array.from(document.querySelectorAll("dd img")).some((img) => img.complete && img.naturalWidth > 0)
  );
  await Promise.all([page.waitForNavigation(), page.click("form[action*='story-draft'] button")]);
  result.draftUrl = page.url();
  await page.screenshot({ path: `${shots}/06-story-draft.png`, fullPage: true });
  await browser.close();
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
