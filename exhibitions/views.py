from django.http import Http404


def short_link(request, code):
    raise Http404
