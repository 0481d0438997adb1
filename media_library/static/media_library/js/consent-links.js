/*
 * Block errors in the page editor are shown as plain text. A consent refusal for a photo
 * the editor may change ends with "<label>: <address of the photo>"; make that a link.
 */
(() => {
  const ending = /^(.*?)([^.!?]*):\s*(\/\S*\/images\/\d+\/)$/s;

  function linkify() {
    document.querySelectorAll('.error-message:not([data-consent-link])').forEach((message) => {
      const match = message.textContent.trim().match(ending);
      if (!match) return;
      const [, before, label, url] = match;
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = label.trim();
      message.dataset.consentLink = '';
      message.replaceChildren(document.createTextNode(`${before} `), link);
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    linkify();
    new MutationObserver(linkify).observe(document.body, { childList: true, subtree: true });
  });
})();
