"""An entry's file for its assigned juror, under the name the blind rule gives it."""

from django.http import FileResponse
from django.shortcuts import get_object_or_404

from contests.models import EntryFile

from ..blind import file_download_name
from ..conflicts import has_conflict
from .review import conflict_response, juror_assignment


def entry_file(request, pk, file_pk):
    """Streamed from the private storage (the filesystem's or S3's), as an attachment."""
    assignment = juror_assignment(request, pk)
    if has_conflict(request.user, assignment.entry):
        return conflict_response(request, assignment)
    row = get_object_or_404(EntryFile, pk=file_pk, entry_id=assignment.entry_id)
    response = FileResponse(
        row.file.open("rb"),
        as_attachment=True,
        filename=file_download_name(assignment.entry, assignment.round, row),
        content_type=row.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
