#!/usr/bin/env bash
# The font atlas and the display's peak RSS for boards in different scripts:
# NSCHT (Latin only), the multilingual test board, and a Chinese-heavy board
# generated here (5 plans x 30 actions, 1,500 distinct CJK characters).
#   bench/atlas_size.sh [BUILD_DIR]      (needs xvfb-run and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-rel}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 - "$out/cjk.toml" <<'PY'
import random, sys
random.seed(7)
pool = random.sample([chr(c) for c in range(0x4E00, 0x9FA5)], 1500)
out = ['[board]\norganisation = "测试"\ntitle = "种族平等行动计划"\nas_of = 2025-01-31\n']
for p in range(5):
    out.append(f'[[plan]]\nid = "p{p}"\ntitle = "{"".join(random.sample(pool, 10))}"\n')
    for a in range(30):
        out.append(f'[[plan.action]]\nid = "{a + 1}"\ntitle = "{"".join(random.sample(pool, 24))}"\n'
                   f'lead = "{"".join(random.sample(pool, 3))}"\ndue = "2025-06"\nstatus = "on_track"\n')
open(sys.argv[1], 'w').write('\n'.join(out))
PY
printf '%-34s %-12s %8s %10s %s\n' board atlas glyphs "peak RSS" fonts
for board in deploy/examples/nscht/board.toml tests/data/multilingual-board.toml "$out/cjk.toml"; do
  "$build/wresctl/wresctl" snapshot --config "$board" --json >"$out/s.json"
  rss=$(xvfb-run -a /usr/bin/time -f %M "$build/display/wres-display" --no-cache --snapshot "$out/s.json" \
        --page plans --screenshot "$out/s.png" 2>&1 >/dev/null | tail -1)
  python3 - "$out/s.png.json" "$board" "$rss" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
a = d['atlas']
name = sys.argv[2].split('/')[-2] if 'examples' in sys.argv[2] else sys.argv[2].split('/')[-1]
print(f"{name:<34} {a['width']}x{a['height']:<7} {a['glyphs']:>8} {int(sys.argv[3]) / 1024:8.1f} MiB {', '.join(d['fonts'])}")
PY
done
