#!/usr/bin/env bash
# Makes a self-signed certificate for the proxy when there is none yet (the official nginx image
# runs /docker-entrypoint.d/*.sh before nginx starts; the deployment tests run it too).
#   IZMIRSYM_CERT_DIR  where cert.pem and key.pem go (default /etc/nginx/certs)
#   IZMIRSYM_CERT_SAN  subjectAltName (default DNS:localhost,IP:127.0.0.1)
# Browsers warn about a self-signed certificate; put a real cert.pem and key.pem in the folder
# (the proxy-certs volume in docker-compose.yml) to replace it.
set -euo pipefail
dir="${IZMIRSYM_CERT_DIR:-/etc/nginx/certs}"
san="${IZMIRSYM_CERT_SAN:-DNS:localhost,IP:127.0.0.1}"
mkdir -p "$dir"
if [ -s "$dir/cert.pem" ] && [ -s "$dir/key.pem" ]; then
  exit 0
fi
command -v openssl >/dev/null || { echo "10-izmirsym-cert.sh: openssl not found" >&2; exit 1; }
cn="${san#*:}"
cn="${cn%%,*}"
openssl req -x509 -newkey rsa:2048 -nodes -days 825 -sha256 \
  -subj "/CN=$cn" -addext "subjectAltName=$san" \
  -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
chmod 600 "$dir/key.pem"
echo "10-izmirsym-cert.sh: self-signed certificate for $san written to $dir"
