# The sandbox image for machines that build it with a registry (Docker Desktop, a
# Swarm or Kubernetes node): the same user, entrypoint, runtime wall (its kernel
# and file halves, the latter compiled in a stage of its own) and settings as
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
ARG BUILD_BASE=debian:bookworm-slim

# The wall's Landlock module (image/landlock/), compiled with the flags the
# repository's CMake gives it, against the release's python3-dev (stable ABI).
FROM ${BUILD_BASE} AS wall
RUN missing=""; for p in gcc libc6-dev python3-dev; do \
      dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || \
        missing="$missing $p"; \
    done; \
    if [ -n "$missing" ]; then \
      apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \
        --no-install-recommends $missing && rm -rf /var/lib/apt/lists/*; \
    fi
COPY image/landlock/wall_landlock.c /src/
RUN gcc -std=c11 -O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wformat=2 -Wvla -fstack-protector-strong \
        -D_POSIX_C_SOURCE=200809L -D_FORTIFY_SOURCE=2 -fPIC -fvisibility=hidden \
        $(python3-config --includes) -shared -Wl,-z,relro,-z,now \
        -o /src/wall_landlock.abi3.so /src/wall_landlock.c

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
COPY image/entrypoint.py image/wall.py image/wall_kernel.py image/wall_policy.py \
     /usr/local/lib/safe-exec/
COPY --from=wall /src/wall_landlock.abi3.so /usr/local/lib/safe-exec/
RUN python3 -I -c "import sys; sys.path.insert(0, '/usr/local/lib/safe-exec'); \
import wall_landlock; wall_landlock.READ_FILE"
COPY rules /tmp/rules
# The wall's policy from the checker's rules (never drifting apart), then its preload
# list, computed by the image's own interpreter.
RUN python3 -I /usr/local/lib/safe-exec/wall_policy.py rules /tmp/rules \
        /usr/local/lib/safe-exec/wall-policy.json && \
    python3 -I /usr/local/lib/safe-exec/wall_policy.py closure \
        /usr/local/lib/safe-exec/wall-policy.json && \
    python3 -I /usr/local/lib/safe-exec/wall_policy.py compact \
        /usr/local/lib/safe-exec/wall-policy.json /usr/local/lib/safe-exec/wall-policy.marshal && \
    rm -rf /tmp/rules
# Compiled once here, as image/Dockerfile does (the entrypoint imported from its .pyc,
# the wall's code read from a marshal of it).
RUN python3 -I -m compileall -q /usr/local/lib/safe-exec/entrypoint.py \
        /usr/local/lib/safe-exec/wall_kernel.py && \
    python3 -I -c "import marshal, sys; d = '/usr/local/lib/safe-exec/'; \
marshal.dump(compile(open(d + 'wall.py').read(), '<safe-exec wall>', 'exec'), \
open(d + 'wall.code', 'wb'))"
ENV PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
USER sandbox
WORKDIR /tmp
# Imported as a module, as image/Dockerfile does: -I leaves the script's directory off
# sys.path, and the wall's halves (wall_kernel, wall_landlock) are imported from it.
ENTRYPOINT ["/usr/bin/python3", "-I", "-c", "import sys; sys.path.insert(0, '/usr/local/lib/safe-exec'); import entrypoint; sys.exit(entrypoint.main())"]
