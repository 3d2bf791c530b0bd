# The sandbox image for machines that build it with a registry (Docker Desktop, a
# Swarm or Kubernetes node): the same user, entrypoint, runtime wall and settings as
# image/Dockerfile, on debian:bookworm-slim with the packages of image/packages.txt;
# the wall's policy is generated from rules/ here, as scripts/lib/image.sh does. Build from the
# repository's root:
#
#   docker build -f deploy/sandbox.Dockerfile -t safe-exec-sandbox:latest .
#
# On a Debian host, scripts/lib/image.sh builds the same image on an mmdebstrap root
# file system instead (the minimal base, no registry); deploy/build-images.sh passes
# that root file system as BASE here, and the apt step then finds nothing missing.
ARG BASE=debian:bookworm-slim
FROM ${BASE}
COPY image/packages.txt /tmp/packages.txt
RUN missing=""; for p in $(grep -v '^[[:space:]]*\(#\|$\)' /tmp/packages.txt); do \
      dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || \
        missing="$missing $p"; \
    done; \
    if [ -n "$missing" ]; then \
      apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \
        --no-install-recommends $missing && rm -rf /var/lib/apt/lists/*; \
    fi; \
    rm /tmp/packages.txt
RUN useradd --uid 10001 --user-group --home-dir /home/sandbox --create-home \
        --shell /usr/sbin/nologin sandbox
COPY image/entrypoint.py image/wall.py image/wall_policy.py /usr/local/lib/safe-exec/
COPY rules /tmp/rules
# The wall's policy from the checker's rules (never drifting apart), then its preload
# list, computed by the image's own interpreter.
RUN python3 -I /usr/local/lib/safe-exec/wall_policy.py rules /tmp/rules \
        /usr/local/lib/safe-exec/wall-policy.json && \
    python3 -I /usr/local/lib/safe-exec/wall_policy.py closure \
        /usr/local/lib/safe-exec/wall-policy.json && \
    rm -rf /tmp/rules
ENV PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
USER sandbox
WORKDIR /tmp
ENTRYPOINT ["/usr/bin/python3", "-I", "/usr/local/lib/safe-exec/entrypoint.py"]
