from django.db import models
from django.utils.translation import gettext_lazy as _


class Licence(models.TextChoices):
    """Creative Commons licences, RightsStatements.org statements, or all rights reserved."""

    ALL_RIGHTS_RESERVED = "arr", _("All rights reserved")
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    CC_BY_ND = "cc-by-nd-4.0", "CC BY-ND 4.0"
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"
    CC0 = "cc0-1.0", _("CC0 1.0 (public domain dedication)")
    PUBLIC_DOMAIN = "pdm-1.0", _("Public Domain Mark 1.0")
    RS_IN_COPYRIGHT = "rs-inc-1.0", _("In Copyright (RightsStatements.org)")
    RS_EDUCATIONAL = (
        "rs-inc-edu-1.0",
        _("In Copyright – Educational Use Permitted (RightsStatements.org)"),
    )
    RS_NON_COMMERCIAL = (
        "rs-inc-nc-1.0",
        _("In Copyright – Non-Commercial Use Permitted (RightsStatements.org)"),
    )
    RS_NO_KNOWN_COPYRIGHT = "rs-nkc-1.0", _("No Known Copyright (RightsStatements.org)")
    RS_UNDETERMINED = "rs-und-1.0", _("Copyright Undetermined (RightsStatements.org)")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    Licence.CC_BY_ND: "https://creativecommons.org/licenses/by-nd/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
    Licence.PUBLIC_DOMAIN: "https://creativecommons.org/publicdomain/mark/1.0/",
    Licence.RS_IN_COPYRIGHT: "https://rightsstatements.org/vocab/InC/1.0/",
    Licence.RS_EDUCATIONAL: "https://rightsstatements.org/vocab/InC-EDU/1.0/",
    Licence.RS_NON_COMMERCIAL: "https://rightsstatements.org/vocab/InC-NC/1.0/",
    Licence.RS_NO_KNOWN_COPYRIGHT: "https://rightsstatements.org/vocab/NKC/1.0/",
    Licence.RS_UNDETERMINED: "https://rightsstatements.org/vocab/UND/1.0/",
}


class ReleaseStatus(models.TextChoices):
    """Whether the people pictured agreed to publication (a model release).

    A new photo is "not yet described": nobody has looked at it and said whether it shows
    people, so it is not published until a photographer or editor does.
    """

    UNDESCRIBED = "undescribed", _("Not yet described – say whether people are shown")
    NOT_NEEDED = "not_needed", _("No identifiable people pictured")
    PENDING = "pending", _("People pictured – release not yet recorded")
    OBTAINED = "obtained", _("People pictured – release recorded")
    REFUSED = "refused", _("People pictured – release refused")


class ConsentProblem(models.TextChoices):
    """Why a photo may not go on a published page; ``rules.consent_kind`` picks one."""

    UNDESCRIBED = "undescribed", _("Not yet described")
    REFUSED = "refused", _("Release refused")
    MISSING = "missing", _("Needs a release")
    MINORS = "minors", _("Minors without a release")
