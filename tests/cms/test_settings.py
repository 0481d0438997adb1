import pytest

from django.conf import settings
from django.core.cache import cache

from .settings_probe import load_settings, run

PRODUCTION = "cms.settings.production"
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "-production-secret-for-the-check",
    "ALLOWED_HOSTS": "cms.migrant.kg",
}


def test_embedded_defaults_need_no_environment():
    values = load_settings(
        "cms.settings.dev", {}, ["DATABASES", "CACHES", "STORAGES", "TASKS", "DEBUG"]
    )
    assert values["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert values["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert values["STORAGES"]["default"]["BACKEND"] == "media_library.storage.RoutedMediaStorage"
    assert values["STORAGES"]["public_media"]["BACKEND"].endswith(".FileSystemStorage")
    assert values["STORAGES"]["private_media"]["BACKEND"].endswith(".PrivateFileSystemStorage")
    assert values["TASKS"]["default"]["BACKEND"].endswith("ImmediateBackend")
    assert values["DEBUG"] is True


def test_production_parts_come_from_the_environment():
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": "postgres://cms:pw@db.internal:5432/mekendesh",
        "REDIS_URL": "redis://cache.internal:6379/1",
        "AWS_STORAGE_BUCKET_NAME": "mekendesh-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.kg",
        "TASKS_BACKEND": "database",
        "CORS_ALLOWED_ORIGINS": "https://migrant.kg, https://app.migrant.kg",
        "CSRF_TRUSTED_ORIGINS": "https://cms.migrant.kg",
        "WAGTAILADMIN_BASE_URL": "https://cms.migrant.kg",
        "FRONTEND_BASE_URL": "https://migrant.kg",
    }
    names = [
        "DATABASES",
        "CACHES",
        "STORAGES",
        "TASKS",
        "CORS_ALLOWED_ORIGINS",
        "CSRF_TRUSTED_ORIGINS",
        "WAGTAILADMIN_BASE_URL",
        "FRONTEND_BASE_URL",
        "AWS_S3_FILE_OVERWRITE",
        "ALLOWED_HOSTS",
    ]
    values = load_settings(PRODUCTION, env, names)
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"]) == ("db.internal", "mekendesh")
    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/1"
    media = values["STORAGES"]["public_media"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"]["bucket_name"] == "mekendesh-media"
    assert media["OPTIONS"]["endpoint_url"] == "https://s3.example.kg"
    assert media["OPTIONS"]["file_overwrite"] is False
    assert values["AWS_S3_FILE_OVERWRITE"] is False
    assert not {"access_key", "secret_key", "security_token"} & set(media["OPTIONS"])
    private = values["STORAGES"]["private_media"]["OPTIONS"]
    assert private["bucket_name"] == "mekendesh-media"  # its own prefixes, see README
    assert private["querystring_auth"] is True
    assert private["querystring_expire"] == 300
    assert private["default_acl"] == "private"
    assert private["custom_domain"] is None
    assert not {"access_key", "secret_key", "security_token"} & set(private)
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert values["CORS_ALLOWED_ORIGINS"] == ["https://migrant.kg", "https://app.migrant.kg"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://cms.migrant.kg"]
    assert values["WAGTAILADMIN_BASE_URL"] == "https://cms.migrant.kg"
    assert values["FRONTEND_BASE_URL"] == "https://migrant.kg"
    assert values["ALLOWED_HOSTS"] == ["cms.migrant.kg"]


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run(["-c", "import django; django.setup()"], PRODUCTION, env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} is required" in result.stderr


def test_unknown_task_backend_is_refused_by_name():
    result = run(
        ["-c", "import django; django.setup()"], "cms.settings.dev", {"TASKS_BACKEND": "celery"}
    )
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, database" in result.stderr


def test_deploy_check_is_clean_with_the_required_variables():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "DEBUG"], PRODUCTION, PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_cache_round_trip_on_the_configured_backend():
    expected = (
        "django.core.cache.backends.redis.RedisCache"
        if settings.REDIS_URL
        else "django.core.cache.backends.locmem.LocMemCache"
    )
    assert settings.CACHES["default"]["BACKEND"] == expected
    cache.set("mekendesh-probe", {"ky": "салам"}, 30)
    assert cache.get("mekendesh-probe") == {"ky": "салам"}
    cache.delete("mekendesh-probe")
