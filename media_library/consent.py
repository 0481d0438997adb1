"""Where signed consent forms live, and who may open them.

Consent forms name the people pictured, often migrants and children, so they sit in a
collection with a group view restriction: Wagtail's document view (``serve_view``, set
in settings) refuses everyone else, including logged-in editors outside these groups.
"""

CONSENT_FORMS_COLLECTION = "Consent forms"
CONSENT_FORM_READERS = ["Coordinating editors", "Photographers"]
