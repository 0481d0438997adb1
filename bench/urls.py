"""The production URLs plus the benchmark's floor views (``bench.settings`` only)."""

from django.urls import path

from cms.urls import urlpatterns as production_urlpatterns

from .views import bare, cold

urlpatterns = [
    path("bench/bare", bare),
    path("bench/cold", cold),
    *production_urlpatterns,
]
