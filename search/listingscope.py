"""The scope of the finder answer a response shows (FinderResult.scope), kept on the request
for the front cache: frontcache/keys.py turns it into the response's cache keys.

The finder page, its feed and the API listing remember their answer's scope; any other
response has none, which means that a change to any offering may change it.
"""

_ATTRIBUTE = "_finder_scope"


def remember(request, result):
    # A REST framework Request (the API) wraps the HttpRequest that the middleware sees.
    request = getattr(request, "_request", request)
    setattr(request, _ATTRIBUTE, result.scope)


def of(request):
    """The remembered scope, or None (any offering)."""
    return getattr(request, _ATTRIBUTE, None)
