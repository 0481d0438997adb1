"""The Content API's shared code (``/api/v1/``, ours) and Wagtail's API v2 (``/api/v2/``).

Two layers, imported downwards only:

- lower — imports Django and Wagtail, never an app of this project:
  ``content_version`` (the token that retires cached responses, kept in the database so
  every process sees a change), ``problems`` (RFC 7807), ``params`` (query schemas),
  ``languages`` (asked language and fallback), ``visibility`` (what the public may see),
  ``frontend`` (links to the portal), ``preview_tokens``, ``http`` (caching, conditional
  GET, compression, the query allow-list) and ``middleware`` (errors under ``/api/``).
- upper — composition: ``site`` (the NinjaAPI and its own routers), ``search``,
  ``preview`` and ``v2``.

Apps plug into it from their own ``ready()``: ``site.api.add_router``,
``content_version.watch``, ``search.register``, ``preview.register`` and
``v2.register_prefetch``. Nothing here imports ``stories``, ``campaigns`` or
``media_library``, except ``v2`` for the public-image rule it must share with v1.
"""
