"""Delta sync (``GET /api/v1/sync``): a client keeps a copy of the public content and
asks only for what changed since its last token.

Three parts, none importing an app:

- ``registry``: the syncable types; each app registers its own from ``ready()`` with a
  function that builds, for one language, every public item of that type with the same
  serializers as its list and detail endpoints.
- ``ledger``: per language, type and id, the fingerprint of the item as last built and
  the sequence number of its last change, tombstones included. Reconciling the ledger
  with the current public set (only when the content version changed, or a publication
  moment passed) is what notices every way an item can leave: unpublished, deleted,
  moved under a hidden parent, restricted, expired or no longer in the language.
- ``tokens`` and ``endpoint``: signed, expiring tokens carrying a sequence number, and
  the operation that answers with the ledger rows after it.
"""
