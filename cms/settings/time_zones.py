"""The time zones an editor may choose in their account settings.

``zoneinfo.available_timezones()`` lists every file of the system's zone database,
including "localtime", "posixrules" and "Factory", which are not zones a browser knows:
Wagtail's account page then fails in JavaScript. Only area/location names and UTC are
offered.
"""

import zoneinfo

AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)


def admin_time_zones(first: str) -> list[str]:
    zones = sorted(
        name
        for name in zoneinfo.available_timezones()
        if name.split("/", 1)[0] in AREAS and "/" in name and name != first
    )
    return [first, *zones, "UTC"]
