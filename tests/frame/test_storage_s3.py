"""Media on S3-compatible object storage, against moto's S3 server on a loopback port.

The storage is configured by `s3_media_storage`, the function the settings use, from the same
environment variables a deployment sets, and the bucket gets deploy/s3-media-policy.json. Files
cross HTTP both ways: uploads go to the server, page images are fetched from it anonymously,
material downloads and the API's ZIP are streamed from it by the site.
"""

import hashlib
import io
import json
import re
import sys
import urllib.error
import urllib.request
import uuid
import zipfile

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from campaigns.materials.models import MaterialFile
from campaigns.posts.models import ApiToken, ConsularPost
from config.settings.base import s3_media_storage, s3_media_url
from tests.materials import files
from tests.materials.conftest import build_catalogue

from .local_servers import ROOT, free_port, running

pytestmark = pytest.mark.s3

REGION = "eu-central-1"
# The bucket policy a deployment applies: anyone may read page images; material files and
# documents only through the site, which checks withdrawal and privacy first.
PUBLIC_READ_POLICY = ROOT / "deploy" / "s3-media-policy.json"


@pytest.fixture(scope="module")
def s3_endpoint():
    """moto's S3 server, with boto3's credentials in the environment as on a real machine."""
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"

    def answers():
        with urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=2):
            return True

    command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    with pytest.MonkeyPatch.context() as env, running(command, answers):
        env.setenv("AWS_ACCESS_KEY_ID", "anitp-test")
        env.setenv("AWS_SECRET_ACCESS_KEY", "anitp-test-secret")
        env.delenv("AWS_SESSION_TOKEN", raising=False)
        env.delenv("AWS_PROFILE", raising=False)
        yield endpoint


@pytest.fixture
def bucket(s3_endpoint, settings):
    """A fresh bucket, made the site's media storage for this test."""
    name = f"anitp-media-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    environment = {
        "DJANGO_MEDIA_S3_BUCKET": name,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": REGION,
    }
    storage = s3_media_storage(environment)
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    settings.MEDIA_URL = s3_media_url(storage["OPTIONS"])
    return client, name


def stored_objects(client, bucket_name):
    listing = client.list_objects_v2(Bucket=bucket_name)
    return {item["Key"]: item["Size"] for item in listing.get("Contents", [])}


def fetch(url):
    """What an anonymous visitor's browser gets from `url`: status, headers and body."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read()


def test_without_a_bucket_media_stay_on_the_file_system():
    assert s3_media_storage({}) is None
    assert s3_media_storage({"DJANGO_MEDIA_S3_BUCKET": " "}) is None


def test_a_cdn_domain_goes_into_the_media_urls():
    from storages.backends.s3 import S3Storage

    options = s3_media_storage(
        {"DJANGO_MEDIA_S3_BUCKET": "anitp", "DJANGO_MEDIA_CUSTOM_DOMAIN": "media.anitp.example"}
    )["OPTIONS"]
    url = S3Storage(**options).url("materials/2025/01/leaflet-ne.pdf")
    assert url == "https://media.anitp.example/materials/2025/01/leaflet-ne.pdf"
    assert s3_media_url(options) == "https://media.anitp.example/"


@pytest.mark.django_db
def test_an_uploaded_pdf_and_its_thumbnail_are_stored_in_the_bucket(bucket, django_user_model):
    client, bucket_name = bucket
    data = files.pdf_bytes()
    catalogue = build_catalogue(django_user_model)
    material_file = catalogue["leaflet"].files.get(language="ne")

    objects = stored_objects(client, bucket_name)
    assert objects[material_file.file.name] == len(data)
    assert material_file.file.name.startswith("materials/") and material_file.file.name.endswith(
        ".pdf"
    )
    stored = client.get_object(Bucket=bucket_name, Key=material_file.file.name)
    assert hashlib.sha256(stored["Body"].read()).hexdigest() == material_file.sha256
    assert stored["ContentType"] == "application/pdf"
    assert stored["CacheControl"] == "public, max-age=86400"

    # The thumbnail was rendered from the upload and written next to it, in the bucket.
    assert material_file.thumbnail.name in objects
    thumbnail = client.get_object(Bucket=bucket_name, Key=material_file.thumbnail.name)
    with Image.open(io.BytesIO(thumbnail["Body"].read())) as image:
        assert image.format == "WEBP"
        assert image.size == (material_file.thumbnail_width, material_file.thumbnail_height)
        red, green, blue = image.convert("RGB").getpixel((image.width // 2, image.height // 2))
        assert red > 200 and green < 40 and blue < 40  # the PDF's first page is red


def apply_public_read_policy(s3, bucket_name):
    policy = PUBLIC_READ_POLICY.read_text().replace("BUCKET", bucket_name)
    s3.put_bucket_policy(Bucket=bucket_name, Policy=json.dumps(json.loads(policy)))


def fetch_status(url):
    try:
        return fetch(url)[0]
    except urllib.error.HTTPError as error:
        return error.code


def policy_sources(response, directive):
    policy = dict(
        item.strip().split(" ", 1) for item in response["Content-Security-Policy"].split(";")
    )
    return policy[directive].split()


@pytest.mark.django_db
def test_material_downloads_are_checked_by_the_site_and_streamed_from_the_bucket(
    bucket, client, django_user_model
):
    s3, bucket_name = bucket
    apply_public_read_policy(s3, bucket_name)
    build_catalogue(django_user_model)
    leaflet_ne = MaterialFile.objects.get(material__key="job-offer-leaflet", language="ne")

    html = client.get("/en/materials/job-offer-leaflet/").content.decode()
    downloads = re.findall(r'class="material-download" href="([^"]+)"', html)
    previews = re.findall(r'<img src="([^"]+\.webp)"', html)

    assert downloads and previews
    nepali = next(url for url in downloads if url.endswith(leaflet_ne.file.name.rsplit("/")[-1]))
    response = client.get(nepali)
    assert response.status_code == 200
    assert hashlib.sha256(b"".join(response.streaming_content)).hexdigest() == leaflet_ne.sha256
    response = client.get(previews[0])
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body[:4] == b"RIFF" and body[8:12] == b"WEBP"

    # The bucket itself never hands a material file to a visitor: a withdrawn one must be gone.
    direct = f"{s3.meta.endpoint_url}/{bucket_name}/{leaflet_ne.file.name}"
    assert fetch_status(direct) == 403


@pytest.mark.django_db
def test_page_images_are_served_straight_from_the_bucket(bucket, client, site_tree):
    s3, bucket_name = bucket
    apply_public_read_policy(s3, bucket_name)
    image = get_image_model().objects.create(
        title="Afiș", file=ImageFile(io.BytesIO(files.image_bytes("PNG", (400, 200))), "afis.png")
    )
    rendition = image.get_rendition("width-100")

    assert rendition.url.startswith(f"{s3.meta.endpoint_url}/{bucket_name}/images/")
    assert "Signature" not in rendition.url and "X-Amz" not in rendition.url  # never expires
    status, headers, body = fetch(rendition.url)
    assert status == 200 and headers["Content-Type"] == "image/png"
    with Image.open(io.BytesIO(body)) as picture:
        assert picture.size == (100, 50)
    # The pages' Content-Security-Policy lets the browser load them from there.
    response = client.get("/ro/")
    assert s3.meta.endpoint_url in policy_sources(response, "img-src")


@pytest.mark.django_db
def test_documents_are_served_through_the_site_not_the_bucket(bucket, client):
    s3, bucket_name = bucket
    apply_public_read_policy(s3, bucket_name)
    data = files.pdf_bytes()
    document = get_document_model().objects.create(
        title="Raport", file=ContentFile(data, name="raport.pdf")
    )

    response = client.get(document.url)
    assert response.status_code == 200  # streamed, where Wagtail's privacy rules are applied
    assert b"".join(response.streaming_content) == data
    assert fetch_status(f"{s3.meta.endpoint_url}/{bucket_name}/{document.file.name}") == 403


@pytest.mark.django_db
def test_the_api_streams_files_and_bundles_from_the_bucket(bucket, client, django_user_model):
    build_catalogue(django_user_model)
    post = ConsularPost.objects.create(
        code="np-kathmandu", name="Consulatul onorific", country="NP", city="Kathmandu"
    )
    _token, secret = ApiToken.issue(post, "Laptop")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    expected = {
        item.language: item
        for item in MaterialFile.objects.filter(material__key="job-offer-leaflet")
    }

    response = client.get("/api/v1/materials/job-offer-leaflet/files/ne", **headers)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert hashlib.sha256(body).hexdigest() == expected["ne"].sha256

    response = client.get(
        "/api/v1/bundle", {"materials": "job-offer-leaflet", "languages": "ro,ne"}, **headers
    )
    assert response.status_code == 200
    assert response.streaming
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.testzip() is None
    members = {name.split("/")[1]: name for name in archive.namelist() if name.endswith(".pdf")}
    assert sorted(members) == ["ne", "ro"]
    for language, name in members.items():
        assert hashlib.sha256(archive.read(name)).hexdigest() == expected[language].sha256


@pytest.mark.django_db
def test_a_replaced_file_leaves_no_stale_thumbnail_in_the_bucket(
    bucket, django_user_model, django_capture_on_commit_callbacks
):
    client, bucket_name = bucket
    catalogue = build_catalogue(django_user_model)
    material_file = catalogue["leaflet"].files.get(language="ro")
    old_file, old_thumbnail = material_file.file.name, material_file.thumbnail.name

    with translation.override("ro"), django_capture_on_commit_callbacks(execute=True):
        material_file.file.save(
            "pliant-ro.pdf", files.upload(files.pdf_bytes((300, 200)), "pliant-ro.pdf"), save=False
        )
        material_file.save()

    objects = stored_objects(client, bucket_name)
    assert material_file.file.name != old_file  # a new name: a CDN never serves the old bytes
    assert material_file.thumbnail.name in objects
    assert old_thumbnail not in objects
    assert material_file.thumbnail_width == 600 and material_file.thumbnail_height == 400
