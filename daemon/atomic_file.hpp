#pragma once
// A small file replaced whole: written beside its path, then renamed over it,
// so a reader (wresd at its next start, node_exporter) never sees half of it.
#include <sys/types.h>
#include <optional>
#include <string>

namespace wresd {

// `sync`: fsync before the rename, for a file that must survive a power cut.
// Returns why it failed; the temporary file is removed then.
[[nodiscard]] std::optional<std::string> replace_file(const std::string& path, const std::string& text, mode_t mode,
                                                      bool sync);

}  // namespace wresd
