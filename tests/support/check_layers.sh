#!/usr/bin/env bash
# shared/ has no UI, no sockets and no database (HACKING.md, "Layers"): checked
# over the sources by ctest (Layers.*). Who includes whom inside shared/ is
# enforced by the build itself (one library per layer, shared/CMakeLists.txt).
#   check_layers.sh SOURCE_DIR
set -uo pipefail
root=$1
forbidden='#include <(imgui|GLFW/|GL/|boost/asio|sys/socket\.h|sqlite3\.h)'
bad=0
while IFS=: read -r file line text; do
  echo "${file#"$root"/}:$line: shared/ has no UI, sockets or database: ${text}"
  bad=1
done < <(grep -rnE "$forbidden" "$root/shared" --include='*.cpp' --include='*.hpp')
((bad)) || echo "layers: shared/ includes no UI, socket or database header"
exit "$bad"
