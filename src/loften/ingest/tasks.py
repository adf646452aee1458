"""Background jobs of the ingest app, run by `loften worker`."""

from django_tasks import task

from loften.ingest.uploads import upload_run


@task()
def import_upload(upload_id: int) -> str:
    return upload_run(upload_id).status
