from django_otp.oath import TOTP


def current_code(device) -> str:
    """The code an authenticator app set up with this device shows right now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"
