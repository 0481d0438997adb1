from django.urls import path

from .views import short_link

app_name = "exhibitions"

urlpatterns = [path("<str:code>", short_link, name="short_link")]
