# The bot, as a container: a slim Python, a non-root user, the data directory as a volume,
# compiled catalogs, and no test tools.
#   docker build -t sjogren-bot .
#   docker run --env-file .env -v sjogren-data:/data sjogren-bot
# See docs/operations.md.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot bot
COPY dialogs dialogs
COPY storage storage
COPY locales locales
# The catalogs are compiled here (the .mo files are build output, never committed).
RUN pip install --no-cache-dir --quiet "babel>=2.14" \
 && pybabel -q compile --domain messages --directory locales \
 && pip wheel --no-cache-dir --quiet --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
# EXTRAS=review adds Datasette, for the reviewers' service in compose.yaml (never the bot's).
ARG EXTRAS=""
RUN useradd --system --uid 10001 --create-home --home-dir /home/bot bot \
 && mkdir /data /review && chown bot:bot /data /review && chmod 0700 /data /review
COPY --from=build /wheels /wheels
RUN wheel="$(ls /wheels/*.whl)" \
 && pip install --no-cache-dir --quiet "${wheel}${EXTRAS:+[$EXTRAS]}" && rm -rf /wheels \
 && sjogren-bot --version  # computes the content version once, for every start (bot/versions.py)
USER bot
ENV BOT_DATA_DIR=/data \
    PYTHONUNBUFFERED=1
VOLUME /data
WORKDIR /home/bot
# With HEALTH_PORT set (compose.yaml sets 8081), Docker asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD python -c "import os,sys,urllib.request as u; p=os.environ.get('HEALTH_PORT'); sys.exit(0 if not p else 0 if u.urlopen(f'http://127.0.0.1:{p}/healthz',timeout=4).status==200 else 1)"
ENTRYPOINT ["sjogren-bot"]
CMD ["telegram"]
