// libFuzzer target: the board-file loader, and for every board it accepts,
// the computations and the snapshot JSON the display reads back. Oracle
// besides the sanitizers: a board the loader accepts must produce a snapshot
// the display can parse (else the wall would refuse data the daemon
// published).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // A directory that does not exist: includes are reported missing, never read
  // from wherever the fuzzer happens to run.
  auto loaded = wres::load_board_text(text, "/nonexistent-wres-fuzz/board.toml");
  if (!loaded.ok()) {
    if (loaded.errors.empty()) {
      std::fputs("board refused without an error\n", stderr);
      std::abort();
    }
    return 0;
  }
  auto snapshot = wres::build_snapshot(*loaded.board, wres::effective_as_of(*loaded.board, {2026, 11, 22}));
  std::string json = wres::snapshot_to_json(snapshot).dump();
  std::string error;
  if (!wres::snapshot_from_json(nlohmann::json::parse(json), &error)) {
    std::fprintf(stderr, "snapshot does not read back: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
