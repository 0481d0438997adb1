"""Who may see the communication plan and run its indicators: THE test for every view.

Coordinators hold ``indicators.coordinate_communication`` (the "Coordinating editors"
group, ``cms/editorial.py``); the dashboard, the exports, the plan's targets, the
survey waves, the conclusions and the reporting tokens answer to nobody else.
"""

COORDINATE_COMMUNICATION = "indicators.coordinate_communication"


def can_coordinate(user) -> bool:
    return user.is_active and user.has_perm(COORDINATE_COMMUNICATION)
