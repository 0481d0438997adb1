"""The contests' routers, one per concern, gathered for ``apps.py``."""

from ninja import Router

from .entries import router as entries_router
from .pages import router as pages_router

router = Router()
router.add_router("/", pages_router)
router.add_router("/", entries_router)
