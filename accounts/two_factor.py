"""Who must sign in with a second factor.

Two-factor is required for members of ADMIN_2FA_REQUIRED_GROUPS (the coordinating
editors, who publish) and, once any group is named, for superusers, who can do all
that those groups can. Anyone else may turn it on; once a user has confirmed a device,
every sign-in needs a code from it, so a stolen password alone is never enough.
"""

from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings


def is_required_for(user) -> bool:
    groups = settings.ADMIN_2FA_REQUIRED_GROUPS
    if not groups:
        return False
    return user.is_superuser or user.groups.filter(name__in=groups).exists()


def has_confirmed_device(user) -> bool:
    return user_has_device(user, confirmed=True)


def pending_device(user) -> TOTPDevice:
    """The device being set up: kept between showing the QR code and the first code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device


def confirm(device: TOTPDevice) -> None:
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()


def remove_devices(user) -> int:
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted
