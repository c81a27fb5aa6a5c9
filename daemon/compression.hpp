#pragma once
// zstd for what history keeps of each board file and of the last good
// snapshot: text compresses ~5-10x, and a save costs only what changed.
#include <optional>
#include <string>

namespace wresd {

std::string compress(const std::string& bytes);
// nullopt when the blob is not a whole zstd frame (a damaged row).
[[nodiscard]] std::optional<std::string> decompress(const std::string& blob);

}  // namespace wresd
