"""Views of the core app: each one takes a request, returns a response."""

import json

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .forms import ItemForm
from .models import Item


def home(request):
    return HttpResponse("Hello, Django!")


def api_data(request):
    return JsonResponse({"message": "Hello, this is some data!"})


def health(request):
    return JsonResponse({"status": "ok"})


def item_to_dict(item):
    return {"id": item.id, "name": item.name}


def json_error(message):
    return JsonResponse({"error": message}, status=400)


# A JSON API for non-browser clients (curl, scripts, other programs).
# They have no CSRF cookie or token to send, so csrf_exempt turns
# Django's CSRF check off for this view only. What protects it from
# other sites instead: it takes application/json only, which a page on
# another site cannot send without the browser asking this site first
# (CORS), while a form can send text/plain. Real apps protect such
# APIs with token authentication, for example Django REST framework.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def items_api(request):
    """GET lists the items; POST {"name": "..."} creates one."""
    if request.method == "GET":
        items = [item_to_dict(item) for item in Item.objects.all()]
        return JsonResponse({"items": items})
    if not request.user.is_authenticated:
        return JsonResponse({"error": "Log in to add items."}, status=403)
    if request.content_type != "application/json":
        return JsonResponse(
            {"error": "Send the body as Content-Type: application/json."},
            status=415,
        )
    try:
        data = json.loads(request.body)
    except ValueError:
        return json_error("The request body must be JSON.")
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str):
        return json_error('Send a JSON object like {"name": "..."}.')

    item = Item(name=name.strip())
    try:
        # Check the model's rules: not blank, at most 100 characters.
        item.full_clean()
    except ValidationError as exc:
        return json_error("name: " + " ".join(exc.messages))
    item.save()
    return JsonResponse(item_to_dict(item), status=201)


def form_page(request):
    """Add an item with a ModelForm, and list the items so far."""
    if request.method == "POST":
        form = ItemForm(request.POST)
        if form.is_valid():
            form.save()
            # Redirect after a successful POST, so that reloading the
            # page does not send the form again.
            return redirect("core:form")
    else:
        form = ItemForm()
    context = {"form": form, "items": Item.objects.all()}
    return render(request, "core/form.html", context)


@login_required
def account(request):
    """A page for logged-in users only; others go to the login page."""
    return render(request, "core/account.html")
