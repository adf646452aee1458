"""Background jobs of the reports app, run by `loften worker`."""

from django_tasks import task

from loften.reports.files import report_file_render


@task()
def render_report_file(report_file_id: int) -> str:
    return report_file_render(report_file_id)
