# The sandbox image for machines that build it with a registry (Docker Desktop, a
# Swarm or Kubernetes node): the same user, entrypoint and settings as image/Dockerfile,
# on debian:bookworm-slim with the packages of image/packages.txt. Build from the
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
COPY image/entrypoint.py /usr/local/lib/safe-exec/entrypoint.py
ENV PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
USER sandbox
WORKDIR /tmp
ENTRYPOINT ["/usr/bin/python3", "-I", "/usr/local/lib/safe-exec/entrypoint.py"]
