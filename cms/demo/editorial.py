from cms.editorial import ensure_editorial_setup


def load(stdout):
    groups = ensure_editorial_setup()
    stdout.write(f"  {len(groups)} groups; review workflow on every page")
