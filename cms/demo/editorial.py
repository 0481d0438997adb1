from cms.editorial import (
    CONTENT_MANAGERS,
    COORDINATING_EDITORS,
    PHOTOGRAPHERS,
    SMM_MANAGERS,
    TRANSLATORS,
    ensure_editorial_setup,
)

from .users import ensure_demo_user

DEMO_USERS = [
    ("demo-editor", CONTENT_MANAGERS, "Aigul Sadykova"),
    ("demo-coordinator", COORDINATING_EDITORS, "Bakyt Asanov"),
    ("demo-smm", SMM_MANAGERS, "Nurlan Toktogulov"),
    ("demo-photographer", PHOTOGRAPHERS, "Cholpon Abdrakhmanova"),
    ("demo-translator", TRANSLATORS, "Elena Petrova"),
]


def load(stdout):
    groups = ensure_editorial_setup()
    stdout.write(f"  {len(groups)} groups; review workflow on every page")
    for username, group_name, full_name in DEMO_USERS:
        ensure_demo_user(stdout, username, group_name, full_name)
