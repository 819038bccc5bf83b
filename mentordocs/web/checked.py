"""The checked case between a "Tjek sagen" POST and the page it redirects to (post-redirect-get).

After a successful check the server answers with a redirect, so a reload shows the result again
instead of posting the form once more. The case must survive that one hop without going into a
URL (URLs end up in logs, history and proxies) and without being written on the server (the web
app keeps nothing, and several worker processes must agree).

So the form values travel in a cookie that is sealed with Fernet (AES-128-CBC plus HMAC-SHA256)
under a key derived from the app's ``SECRET_KEY``: the browser cannot read it, nobody can alter
it, and it is refused once it is older than ``MENTORDOCS_CHECKED_CASE_MINUTES`` (default 30).
The cookie is HttpOnly, SameSite=Strict, sent only to the result page's path, has no expiry date
(the browser drops it when it closes) and is deleted when a new case is started.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
import zlib
from typing import Any, Optional

from cryptography.fernet import Fernet, InvalidToken

COOKIE_NAME = "mentordocs_case"
COOKIE_PATH = "/tjekket"
DEFAULT_MINUTES = 30
#: Browsers keep cookies of up to about 4 KB; a longer case is shown at once, without the hop.
MAX_COOKIE_BYTES = 3800


def _fernet(secret: str | bytes) -> Fernet:
    raw = secret.encode("utf-8") if isinstance(secret, str) else secret
    key = hashlib.sha256(b"mentordocs checked case v1\0" + raw).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(values: dict[str, Any], secret: str | bytes, now: Optional[float] = None) -> Optional[str]:
    """The form values as a sealed cookie value, or None if they are too long for a cookie.
    ``now`` (seconds since the epoch) is the sealing time; tests pass one to age a cookie."""
    packed = zlib.compress(json.dumps(values, ensure_ascii=False, separators=(",", ":"))
                           .encode("utf-8"), 9)
    when = int(time.time() if now is None else now)
    token = _fernet(secret).encrypt_at_time(packed, when).decode("ascii")
    return token if len(token) <= MAX_COOKIE_BYTES else None


def unseal(token: str, secret: str | bytes, minutes: float = DEFAULT_MINUTES) -> Optional[dict[str, Any]]:
    """The form values from a sealed cookie; None if it is missing, altered, foreign or too old."""
    if not token:
        return None
    try:
        packed = _fernet(secret).decrypt(token.encode("ascii"), ttl=int(minutes * 60))
        values = json.loads(zlib.decompress(packed).decode("utf-8"))
    except (InvalidToken, ValueError, zlib.error, UnicodeError):
        return None
    if not isinstance(values, dict):
        return None
    return {str(k): (v if isinstance(v, (str, list)) else str(v)) for k, v in values.items()}
