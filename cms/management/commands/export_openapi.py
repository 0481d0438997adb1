"""Write the Content API's OpenAPI document, for the snapshot test and for clients."""

import json

from django.core.management.base import BaseCommand

from cms.api.site import api


def openapi_document() -> str:
    schema = api.get_openapi_schema(path_prefix="/api/v1/")
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


class Command(BaseCommand):
    help = "Print the OpenAPI 3.1 document of /api/v1/ (or write it to --output)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write instead of standard output.")

    def handle(self, *args, output=None, **options):
        document = openapi_document()
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(document)
            self.stdout.write(f"Wrote {output}")
        else:
            self.stdout.write(document, ending="")
