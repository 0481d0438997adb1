"""Who may run a jury: THE test for every coordinator's view, action and export.

Jurors are told apart by their group (``jury.jurors.is_juror``); coordinators by the
``jury.coordinate_jury`` permission, which the "Contest coordinators" group holds. The
rule is written beside that group (``contests.coordinators``), so that the contests app
can ask it without importing the jury; the jury's views ask it here.
"""

from contests.coordinators import COORDINATE_JURY
from contests.coordinators import is_coordinator as can_coordinate

__all__ = ["COORDINATE_JURY", "can_coordinate"]
