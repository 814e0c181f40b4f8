"""Content-Security-Policy directives (plain data: imported by the settings module).

The public site gets a strict policy: everything from this origin only, no inline script
or style, no third parties. The Wagtail admin needs inline styles and scripts (its
templates and the rich text editor use them), so /admin/ alone gets a looser policy.
"""

SELF = "'self'"
NONE = "'none'"

PUBLIC_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "object-src": [NONE],
    "frame-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    # The admin previews public pages in an iframe on the same origin.
    "frame-ancestors": [SELF],
}

ADMIN_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "media-src": [SELF, "blob:"],
    "object-src": [NONE],
    "frame-src": [SELF],
    "worker-src": [SELF, "blob:"],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
