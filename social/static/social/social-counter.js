/*
 * Live counter under each channel text of the "Social" tab. Counts as the channel does
 * (UTF-16 units: String.length; or code points) against the room the "Room per channel"
 * panel gives for this page, and says when the text is over it.
 */
(() => {
  const app = window.wagtail && window.wagtail.app;
  const Stimulus = window.StimulusModule;
  if (!app || !Stimulus) return;

  const count = (text, unit) => (unit === 'code_points' ? [...text].length : text.length);

  const panel = () => document.querySelector('[data-social-room]');

  function roomFor(channel) {
    const room = panel() ? JSON.parse(panel().dataset.socialRoom || '{}')[channel] : undefined;
    return room === undefined || room === null ? null : room;
  }

  class SocialCounter extends Stimulus.Controller {
    static values = {
      channel: String,
      textLimit: Number,
      captionLimit: Number,
      unit: { type: String, default: 'utf16' },
    };

    connect() {
      this.output = document.createElement('p');
      this.output.className = 'help social-counter';
      this.output.setAttribute('aria-live', 'polite');
      this.element.insertAdjacentElement('afterend', this.output);
      this.update = this.update.bind(this);
      this.element.addEventListener('input', this.update);
      this.update();
    }

    disconnect() {
      this.element.removeEventListener('input', this.update);
      this.output.remove();
    }

    update() {
      const length = count(this.element.value.trim(), this.unitValue);
      const room = roomFor(this.channelValue);
      const over = room !== null && length > room;
      const overText = panel() ? panel().dataset.socialOver : '';
      this.output.textContent =
        room === null ? `${length}` : `${length} / ${room}${over ? ` (+${length - room}): ${overText}` : ''}`;
      // Wagtail greys out help text: over the limit the counter is an error, in red.
      this.output.classList.toggle('help', !over);
      this.output.classList.toggle('error-message', over);
      this.element.setAttribute('aria-invalid', over ? 'true' : 'false');
    }
  }

  app.register('social-counter', SocialCounter);
})();
