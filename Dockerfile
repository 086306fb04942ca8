# notices in a container: the API (`notices serve`, the default command) and the index worker
# (`notices worker`) from one image. See compose.yaml for PostgreSQL and Redis beside them.
# The readers' system tools (LibreOffice for .doc, an OCR engine) are installed here when the code uses them.
FROM python:3.11-slim-bookworm AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY extractor extractor
COPY api api
COPY rules rules
RUN pip wheel --no-deps --wheel-dir /wheels .

FROM python:3.11-slim-bookworm
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY constraints.txt /tmp/constraints.txt
COPY --from=wheel /wheels /wheels
RUN pip install --constraint /tmp/constraints.txt /wheels/notices-*.whl && rm -rf /wheels /tmp/constraints.txt \
    && useradd --create-home --uid 1000 notices
USER notices
WORKDIR /home/notices
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["notices", "serve", "--host", "0.0.0.0", "--port", "8000"]
