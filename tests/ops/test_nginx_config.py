"""`loften nginx` writes a configuration nginx accepts, for one or many app servers."""

import subprocess
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.ops.test_front_proxy import NGINX


def nginx(*args: str) -> str:
    out = StringIO()
    call_command("nginx", *args, stdout=out)
    return out.getvalue()


def nginx_accepts(main_config: Path, prefix: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [NGINX, "-t", "-p", str(prefix), "-c", str(main_config)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_the_file_for_conf_d_is_accepted_inside_an_http_block(tmp_path: Path) -> None:
    site = tmp_path / "loften.conf"
    site.write_text(
        nginx("--listen", "127.0.0.1:8080", "--server-name", "loften.example.se",
              "--app", "10.0.0.5:8000", "--app", "10.0.0.6:8000",
              "--cache-dir", str(tmp_path / "cache"))
    )  # fmt: skip
    main = tmp_path / "nginx.conf"
    main.write_text(
        f'pid "{tmp_path}/nginx.pid"; error_log stderr;\n'
        f'events {{}}\nhttp {{ include "{site}"; }}\n'
    )

    checked = nginx_accepts(main, tmp_path)

    assert checked.returncode == 0, checked.stderr
    text = site.read_text()
    assert "server 10.0.0.5:8000;" in text
    assert "server 10.0.0.6:8000;" in text
    assert "server_name loften.example.se;" in text
    assert "daemon" not in text


def test_standalone_is_a_whole_configuration_in_one_directory(tmp_path: Path) -> None:
    config = tmp_path / "nginx.conf"
    config.write_text(nginx("--standalone", str(tmp_path), "--listen", "127.0.0.1:8080"))

    checked = nginx_accepts(config, tmp_path)

    assert checked.returncode == 0, checked.stderr
    assert (tmp_path / "cache").is_dir()  # its cache too, not /var/cache/nginx
    assert "/var/cache" not in config.read_text()


def test_the_upload_limit_follows_the_apps_own(settings: Any) -> None:
    assert "client_max_body_size 51m;" in nginx()
    settings.MAX_REQUEST_BYTES = 200 * 1024 * 1024  # LOFTEN_MAX_REQUEST_MB=200
    assert "client_max_body_size 201m;" in nginx()
    assert "client_max_body_size 250m;" in nginx("--max-body-mb", "250")
    assert "(högst 250 MB)" in nginx("--max-body-mb", "250")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--app", "localhost"], "--app 'localhost': give HOST:PORT or unix:/path."),
        (["--app", "10.0.0.5:99999"], "the port must be 1–65535"),
        (["--listen", "everywhere"], "--listen 'everywhere': give PORT or HOST:PORT."),
        (["--server-name", "a b;"], "is not a host name"),
        (["--cache-dir", "cache"], "give an absolute path"),
        (["--max-body-mb", "0"], "--max-body-mb must be at least 1."),
    ],
)
def test_a_configuration_that_would_not_work_is_refused_with_the_reason(
    args: list[str], message: str
) -> None:
    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        nginx(*args)
