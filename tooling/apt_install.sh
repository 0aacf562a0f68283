#!/bin/sh
# apt_install.sh COMMAND PACKAGE [HINT]: install Debian's PACKAGE when COMMAND is not on
# PATH (as root, else through sudo). Used by `make browser` (Chromium) and `make java`.
command=$1 package=$2 hint=${3:-}
if command -v "$command" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=
elif command -v sudo >/dev/null 2>&1; then SUDO=sudo
else
  echo "$command is missing and installing it needs root or sudo (apt-get install $package)$hint" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no apt-get here: install $package so that \`$command\` is on PATH$hint" >&2
  exit 1
fi
$SUDO apt-get update &&
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package"
