#!/usr/bin/env bash
# The layers of shared/ and who may include whom (HACKING.md, "Layers"), as
# data, checked over the sources by ctest (Layers.*). One line per layer: the
# layers its files may include besides its own.
#   check_layers.sh SOURCE_DIR
set -uo pipefail
root=$1
declare -A may=(
  [model]=""
  [text]=""
  [config]="model text"
  [compute]="model"
  [protocol]="model"
  [importer]="model config"
)
# shared/ has no UI, no sockets and no database.
forbidden='#include <(imgui|GLFW/|GL/|boost/asio|sys/socket\.h|sqlite3\.h)'
bad=0
for layer in "${!may[@]}"; do
  for dir in "$root/shared/src/$layer" "$root/shared/include/wres/$layer"; do
    [ -d "$dir" ] || continue
    while IFS=: read -r file line text; do
      other=$(sed -E 's/.*"wres\/([a-z_]+)\/.*/\1/' <<<"$text")
      [ "$other" = "$layer" ] && continue
      [[ " ${may[$layer]} " == *" $other "* ]] && continue
      echo "${file#"$root"/}:$line: $layer may not include wres/$other/ (allowed: $layer ${may[$layer]})"
      bad=1
    done < <(grep -rnE '#include "wres/[a-z_]+/' "$dir" --include='*.cpp' --include='*.hpp')
  done
done
while IFS=: read -r file line text; do
  echo "${file#"$root"/}:$line: shared/ has no UI, sockets or database: ${text}"
  bad=1
done < <(grep -rnE "$forbidden" "$root/shared" --include='*.cpp' --include='*.hpp')
((bad)) || echo "layers: every include of shared/ follows the rules"
exit "$bad"
