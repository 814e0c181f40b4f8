"""Public pages: sign up (double opt-in), confirm, manage, unsubscribe (RFC 8058).

No CSRF tokens: the secret key in the URL is what authorises confirm/manage/unsubscribe
(a mail client's one-click unsubscribe POST carries no token), and a forged sign-up only
triggers a rate-limited confirmation mail that does nothing unless its link is used. A
token would also set a cookie on every finder page.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from alerts import queries
from alerts.forms import FrequencyForm, SignupForm
from alerts.models import Frequency, Subscription, new_key
from alerts.sending import finder_url, link
from core.ratelimit import hit, hit_for, is_limited, is_limited_for
from core.sameorigin import same_origin_post

RATE_SCOPE = "alerts-signup"
ADDRESS_RATE_SCOPE = "alerts-signup-address"  # per target address (issue 22 B6)


def _subscription(key):
    subscription = Subscription.objects.filter(key=key).first()
    if subscription is None:
        raise Http404
    return subscription


def _render(request, template, context, status=200):
    response = TemplateResponse(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"  # the key must not leak to other sites
    return response


@csrf_exempt
@same_origin_post
@never_cache
@require_http_methods(["GET", "POST"])
def signup(request):
    source = request.POST if request.method == "POST" else request.GET
    querystring = source.get("zoekopdracht", "") if request.method == "POST" else request.GET.urlencode()
    query = queries.parse(querystring)
    context = {"criteria": queries.describe(query), "query": queries.canonical(query)}
    if not queries.is_filtered(query):
        context["no_query"] = True
        return _render(request, "alerts/signup.html", context, status=400)
    if request.method == "GET":
        context["form"] = SignupForm(initial={"zoekopdracht": queries.canonical(query)})
        return _render(request, "alerts/signup.html", context)

    form = SignupForm(request.POST)
    context["form"] = form
    limit = settings.ALERTS_SIGNUP_MAX_PER_HOUR
    if is_limited(request, RATE_SCOPE, limit):
        form.is_valid()
        form.add_error(
            None,
            _("U heeft zich het afgelopen uur al %(n)s keer aangemeld. Probeer het over een uur opnieuw.")
            % {"n": limit},
        )
        return _render(request, "alerts/signup.html", context, status=429)
    if not form.is_valid():
        return _render(request, "alerts/signup.html", context, status=400)
    email = form.cleaned_data["email"].strip().lower()
    per_address = settings.ALERTS_SIGNUP_MAX_PER_ADDRESS_PER_HOUR
    if is_limited_for(email, ADDRESS_RATE_SCOPE, per_address):
        form.add_error(
            "email",
            _(
                "Naar dit e-mailadres zijn het afgelopen uur al %(n)s aanmeldingen gestuurd. Probeer "
                "het over een uur opnieuw."
            )
            % {"n": per_address},
        )
        return _render(request, "alerts/signup.html", context, status=429)
    hit(request, RATE_SCOPE)
    hit_for(email, ADDRESS_RATE_SCOPE)
    subscription, created = Subscription.objects.get_or_create(
        email=email,
        query=queries.canonical(query),
        defaults={"frequency": form.cleaned_data["frequentie"]},
    )
    if subscription.is_confirmed:
        # Say the same on screen as for a new sign-up (nobody learns who follows what);
        # the address itself gets the link to its existing subscription.
        _mail(subscription, "alerts/already_subscribed_email.txt", _("U volgt deze zoekopdracht al"))
    else:
        subscription.frequency = form.cleaned_data["frequentie"]
        subscription.created_at = timezone.now()
        subscription.key = new_key()
        subscription.save()
        _mail(subscription, "alerts/confirm_email.txt", _("Bevestig dat u deze zoekopdracht wilt volgen"))
    return _render(
        request, "alerts/signup_sent.html", {"email": email, "hours": settings.ALERTS_CONFIRM_HOURS}
    )


def _mail(subscription, template, subject):
    context = {
        "criteria": queries.describe(queries.parse(subscription.query), for_mail=True),
        "confirm_url": link("alerts_confirm", subscription),
        "manage_url": link("alerts_manage", subscription),
        "finder_url": finder_url(subscription),
        "hours": settings.ALERTS_CONFIRM_HOURS,
        "frequency": Frequency(subscription.frequency).label.lower(),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    send_mail(subject, render_to_string(template, context), settings.DEFAULT_FROM_EMAIL, [subscription.email])


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, key):
    """GET shows a button (link scanners in mail filters only GET); POST confirms."""
    subscription = _subscription(key)
    if subscription.confirmation_expired():
        subscription.delete()
        return _render(request, "alerts/message.html", {"expired": True}, status=410)
    if request.method == "POST" and not subscription.is_confirmed:
        now = timezone.now()
        subscription.confirmed_at = now
        subscription.checked_until = now  # alerts cover what is published from now on
        subscription.save(update_fields=["confirmed_at", "checked_until"])
        return redirect(f"{link('alerts_manage', subscription)}?bevestigd=1")
    if subscription.is_confirmed:
        return redirect("alerts_manage", key=key)
    context = {"subscription": subscription, "criteria": queries.describe(queries.parse(subscription.query))}
    return _render(request, "alerts/confirm.html", context)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, key):
    subscription = _subscription(key)
    if not subscription.is_confirmed:
        return redirect("alerts_confirm", key=key)
    form = FrequencyForm(request.POST or None, initial={"frequentie": subscription.frequency})
    saved = False
    if request.method == "POST" and form.is_valid():
        subscription.frequency = form.cleaned_data["frequentie"]
        subscription.save(update_fields=["frequency"])
        saved = True
    context = {
        "subscription": subscription,
        "criteria": queries.describe(queries.parse(subscription.query)),
        "finder_url": finder_url(subscription),
        "form": form,
        "saved": saved,
        "confirmed": request.GET.get("bevestigd") == "1",
    }
    return _render(request, "alerts/manage.html", context, status=400 if form.errors else 200)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, key):
    """GET asks; POST (the form, or a mail client's RFC 8058 one-click) deletes the
    subscription and with it the address. Unknown keys: already gone, say so."""
    subscription = Subscription.objects.filter(key=key).first()
    if request.method == "POST":
        if subscription is not None:
            subscription.delete()
        return _render(request, "alerts/message.html", {"unsubscribed": True})
    if subscription is None:
        return _render(request, "alerts/message.html", {"unsubscribed": True}, status=404)
    context = {"subscription": subscription, "criteria": queries.describe(queries.parse(subscription.query))}
    return _render(request, "alerts/unsubscribe.html", context)
