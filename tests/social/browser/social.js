// An SMM manager writes a story's Telegram and Instagram texts on the "Social" tab, is
// refused review for a text over Instagram's limit, shortens it and saves, then looks at
// the post in each channel's preview mode on a laptop and on a phone.
// Usage: node social.js '<plan as JSON>' (see tests/social/test_browser.py); run from
// the folder holding the pinned playwright-core (tests/contests/browser).
const path = require("path");
const { chromium } = require(path.join(process.cwd(), "node_modules", "playwright-core"));

const LAPTOP = { viewport: { width: 1366, height: 900 }, locale: "ky-KG" };
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: "ky-KG",
};
let current = null;
let shotsDir = null;

async function logIn(page, server, username, password) {
  await page.goto(`${server}/admin/login/`);
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", password);
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
}

// The tab that holds the "Room per channel" panel, whatever the admin's language calls it.
async function openSocialTab(page) {
  const panelId = await page
    .locator("[data-social-room]")
    .evaluate((element) => element.closest("[role=tabpanel]").id);
  await page.click(`[role=tab][aria-controls="${panelId}"]`);
  await page.locator("[data-social-room]").waitFor({ state: "visible" });
  return page.locator(`#${panelId}`);
}

// A block for a channel in the "texts per channel" StreamField, through its "+" menu.
async function addChannelText(page, tab, channel, name) {
  await tab.locator("button.c-sf-add-button:visible").last().click();
  await page.getByRole("option", { name, exact: true }).click();
  const area = tab.locator(`textarea[data-social-counter-channel-value="${channel}"]`);
  await area.waitFor({ state: "visible" });
  return area;
}

async function counter(area) {
  return area.evaluate((element) => {
    const output = element.parentElement.querySelector(".social-counter");
    return {
      text: output.textContent,
      over: output.classList.contains("error-message"),
      invalid: element.getAttribute("aria-invalid"),
      color: getComputedStyle(output).color,
    };
  });
}

// What a person sees of the post: sizes as drawn, the text before and after "…more".
async function measure(page) {
  return page.evaluate(async () => {
    const visible = (element) => element && element.getClientRects().length > 0;
    const box = (element) => {
      if (!visible(element)) return null;
      const rect = element.getBoundingClientRect();
      return { width: rect.width, height: rect.height, ratio: rect.width / rect.height };
    };
    const loaded = (element) => Boolean(element && element.complete && element.naturalWidth > 0);
    const text = (selector) => {
      const element = document.querySelector(selector);
      return visible(element) ? element.innerText.trim() : null;
    };
    const photo = document.querySelector("img.photo");
    const cardImage = document.querySelector(".card-image");
    const more = document.querySelector(".more");
    const post = document.querySelector(".post");
    const facts = {
      lang: document.documentElement.lang,
      overflows: document.documentElement.scrollWidth > window.innerWidth,
      photo: box(photo),
      photo_loaded: loaded(photo),
      card_image: box(cardImage),
      card_loaded: loaded(cardImage),
      card_title: text(".card-title"),
      card_domain: text(".card-domain"),
      shown: more ? document.querySelector(".shown").textContent : null,
      more: visible(more) ? more.innerText.trim() : null,
      tags: [...document.querySelectorAll(".post .tag")].map((tag) => tag.textContent),
      folded_text: post.innerText,
      text: post.innerText,
    };
    if (visible(more)) more.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    facts.expanded_text = post.innerText;
    return facts;
  });
}

async function previewUrl(page) {
  return page.locator("[data-controller=w-preview]").getAttribute("data-w-preview-url-value");
}

// The admin remembers an open panel from one page to the next.
async function openPreviewPanel(page) {
  await page.waitForTimeout(500);
  if (!(await page.locator("#id_preview_mode").isVisible())) {
    await page.click('button[data-side-panel-toggle="preview"]');
  }
  await page.locator("#id_preview_mode").waitFor({ state: "visible" });
}

// The panel swaps in a new iframe for the mode once it has loaded.
// On a loaded machine the panel may not listen yet when the mode is first chosen:
// choose it again rather than wait for a request that will never come.
async function previewIn(page, mode) {
  for (let attempt = 1; ; attempt++) {
    const asked = page.waitForResponse((response) => response.url().includes(`mode=${mode}`), {
      timeout: 20000,
    });
    await page.selectOption("#id_preview_mode", mode);
    try {
      await asked;
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  const shows = async () => {
    for (const frame of page.frames()) {
      if (!frame.url().includes(`mode=${mode}`)) continue;
      const drawn = await frame
        .evaluate((wanted) => document.body.classList.contains(`channel-${wanted}`), mode)
        .catch(() => false);
      if (drawn) return true;
    }
    return false;
  };
  for (let tries = 0; !(await shows()); tries += 1) {
    if (tries > 100) {
      const seen = page.frames().map((frame) => frame.url());
      throw new Error(`the preview panel never showed ${mode}: ${seen.join(", ")}`);
    }
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(500);
}

// The post alone, as a phone shows it (the admin keeps the draft it was sent).
async function phoneShot(phone, url, mode, file) {
  await phone.goto(`${url}?mode=${mode}`);
  await phone.waitForLoadState("networkidle");
  const facts = await measure(phone);
  await phone.reload();
  await phone.waitForLoadState("networkidle");
  await phone.screenshot({ path: file, fullPage: true });
  return facts;
}

async function main() {
  const plan = JSON.parse(process.argv[2]);
  shotsDir = plan.shots;
  const shot = (page, name) => page.screenshot({ path: `${plan.shots}/${name}.png` });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const laptop = await browser.newContext(LAPTOP);
  const page = await laptop.newPage();
  current = page;
  const result = {};

  await logIn(page, plan.server, plan.username, plan.password);
  await page.goto(`${plan.server}/admin/pages/${plan.story}/edit/`);
  await shot(page, "01-editor");
  let tab = await openSocialTab(page);
  const telegram = await addChannelText(page, tab, "telegram", "Telegram");
  const before = await counter(telegram);
  await telegram.pressSequentially(plan.telegram);
  const after = await counter(telegram);
  result.telegram_counter = { before: before.text, after: after.text, over: after.over, color: after.color };
  await shot(page, "02-social-tab");

  const instagram = await addChannelText(page, tab, "instagram", "Instagram");
  await instagram.fill(plan.instagram_over);
  await instagram.press("End");
  result.instagram_counter = await counter(instagram);
  await instagram.evaluate((element) => element.parentElement.querySelector(".social-counter").scrollIntoView());
  await shot(page, "03-instagram-over");

  // Sending for review checks the rule of publication.
  const submit = page.locator('button[name="action-submit"]');
  if (!(await submit.isVisible())) {
    await page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]").first().click();
  }
  await Promise.all([page.waitForNavigation(), submit.click()]);
  result.refusal = await page.evaluate(() =>
    [...document.querySelectorAll(".messages li, .error-message, .help-critical, .w-field__errors")]
      .map((element) => element.innerText.trim())
      .filter(Boolean)
      .join("\n"),
  );
  await shot(page, "04-refused");
  tab = await openSocialTab(page);
  await tab.locator('textarea[data-social-counter-channel-value="instagram"]').scrollIntoViewIfNeeded();
  await shot(page, "04b-refused-social-tab");

  const fixed = tab.locator('textarea[data-social-counter-channel-value="instagram"]');
  await fixed.fill(plan.instagram_fixed);
  result.fixed_counter = await counter(fixed);
  // The draft autosaved before the refusal came from the previous load of the form,
  // which the admin counts as another window: it asks before saving over it.
  const saved = page.waitForNavigation();
  await page.click("footer button.action-save");
  const confirm = page.locator("#w-save-confirmation-dialog [data-w-dialog-target=confirm]");
  result.confirmed_overwrite = await Promise.race([
    saved.then(() => false),
    confirm.waitFor({ state: "visible" }).then(() => true),
  ]);
  if (result.confirmed_overwrite) {
    await shot(page, "05a-save-confirmation");
    await confirm.click();
    await saved;
  }
  result.saved_messages = await page.locator(".messages").innerText().catch(() => "");
  await shot(page, "05-saved");

  // The preview modes, in the editor's side panel and on a phone.
  await openPreviewPanel(page);
  const url = new URL(await previewUrl(page), plan.server).toString();
  const phoneContext = await browser.newContext({ ...PHONE, storageState: await laptop.storageState() });
  const phone = await phoneContext.newPage();
  result.previews = {};
  for (const mode of plan.channels) {
    await previewIn(page, mode);
    await shot(page, `desktop-ky-${mode}`);
    current = phone;
    result.previews[mode] = await phoneShot(phone, url, mode, `${plan.shots}/phone-ky-${mode}.png`);
    current = page;
  }

  // A Russian story: the post in Russian, chrome and all.
  await page.goto(`${plan.server}/admin/pages/${plan.ru_story}/edit/`);
  await openPreviewPanel(page);
  const ruUrl = new URL(await previewUrl(page), plan.server).toString();
  result.ru_previews = {};
  for (const mode of ["instagram", "vk"]) {
    await previewIn(page, mode);
    current = phone;
    result.ru_previews[mode] = await phoneShot(phone, ruUrl, mode, `${plan.shots}/phone-ru-${mode}.png`);
    current = page;
  }
  await shot(page, "desktop-ru-vk");
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
