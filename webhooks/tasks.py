from django_tasks import task


@task()
def deliver(delivery_id: int) -> str:
    """One attempt at a delivery that is due; returns its status afterwards."""
    from .sending import attempt

    return attempt(delivery_id)
