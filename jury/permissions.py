"""Who may run a jury: THE test for every coordinator's view, action and export.

Jurors are told apart by their group (``jury.jurors.is_juror``); coordinators by the
``jury.coordinate_jury`` permission, which the "Contest coordinators" group holds.
"""

COORDINATE_JURY = "jury.coordinate_jury"


def can_coordinate(user) -> bool:
    return user.is_active and user.has_perm(COORDINATE_JURY)
