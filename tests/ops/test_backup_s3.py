"""A backup restored onto media in an S3 bucket (moto's server), read back through the storage."""

import uuid

import boto3
import pytest
from django.db import connection

from campaigns.ops.archive import verify_archive
from tests.frame.test_storage_s3 import REGION

from .conftest import LEAFLET
from .test_backup import run_probe, sha256

pytestmark = [pytest.mark.s3, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_media_go_back_into_a_bucket_and_a_backup_reads_them_from_it(
    content,
    archive,
    empty_database,
    s3_endpoint,
    tmp_path,
):
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    bucket = f"anitp-restore-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})

    found = run_probe(
        tmp_path,
        empty_database,
        archive,
        tmp_path / "again.tar.gz",
        DJANGO_MEDIA_S3_BUCKET=bucket,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME=REGION,
        AWS_ACCESS_KEY_ID="anitp-test",
        AWS_SECRET_ACCESS_KEY="anitp-test-secret",
    )

    assert found["restored"]["files"] == {"job-offer-leaflet": sha256(LEAFLET)}
    name = content["leaflet"].files.get().file.name
    assert client.get_object(Bucket=bucket, Key=name)["Body"].read() == LEAFLET
    again = found["again"]
    assert again["media"]["storage"] == "storages.backends.s3.S3Storage"
    assert again["database"]["vendor"] == connection.vendor

    def media(manifest):
        return [entry for entry in manifest["files"] if entry["path"].startswith("media/")]

    assert media(again) == media(verify_archive(archive))
