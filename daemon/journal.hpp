#pragma once
// Status changes that could not reach the database before wresd stopped
// (disk full at SIGTERM), kept in a small JSON file beside it and written to
// history, with their own times, at the next start.
#include <optional>
#include <string>
#include <vector>

#include "history_store.hpp"

namespace wresd {

std::string journal_path_for(const std::string& db_path);
// Atomic (temporary file, fsync, rename); returns why it failed.
[[nodiscard]] std::optional<std::string> write_journal(const std::string& path,
                                                       const std::vector<wres::StatusChange>& changes);
// nullopt with `error` empty when there is no journal; `error` set when it
// exists but cannot be read (it is then left for a person to look at).
std::optional<std::vector<wres::StatusChange>> read_journal(const std::string& path, std::string* error);

}  // namespace wresd
