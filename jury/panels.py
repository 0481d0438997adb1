"""The juror's dashboard panel: what is left to score, and the way to it."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from .views.my_entries import assignment_rows


class MyEntriesPanel(Component):
    name = "jury_my_entries"
    template_name = "jury/my_entries_panel.html"
    order = 10

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        rounds = assignment_rows(self.user)
        return {
            "rounds": rounds,
            "left": sum(group["left"] for group in rounds),
            "done": sum(group["done"] for group in rounds),
            "url": reverse("jury_my_entries"),
        }
