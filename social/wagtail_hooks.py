from django.contrib import messages
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static

from cms.forms import is_publishing

from .admin_urls import urlpatterns, zip_menu_item
from .rules import social_text_refusals


@hooks.register("insert_editor_js")
def social_counter_js():
    return format_html('<script src="{}"></script>', versioned_static("social/social-counter.js"))


@hooks.register("register_admin_urls")
def social_admin_urls():
    return urlpatterns


@hooks.register("register_page_header_buttons")
def social_zip_button(page, user, view_name=None, next_url=None):
    item = zip_menu_item(page, user)
    if item is not None:
        yield item


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_texts_over_the_limit(request, page):
    """A draft may hold a text over its channel's limit; say so on saving.

    Not on the editor's autosave: its answer is JSON and shows no messages, so a warning
    queued then would surface on a later page, about a text since shortened.
    """
    if is_publishing(request.POST) or not request.accepts("text/html"):
        return
    for refusal in social_text_refusals(page.specific):
        messages.warning(request, refusal.message)
