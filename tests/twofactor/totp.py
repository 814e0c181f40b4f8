"""An independent RFC 6238 TOTP (SHA-1, 30 s, 6 digits): the tests compute codes the way a
phone app does, not with django-otp's own code."""

import base64
import hashlib
import hmac
import struct
import time


def totp(secret_b32, at=None, step=30, digits=6):
    secret = "".join(secret_b32.split()).upper()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**digits).zfill(digits)
