#pragma once
// The daemon's core, free of sockets and timers: read the board, compute the
// snapshot, record what changed, and keep the last good picture when the
// admins' file is broken or the disk is full.
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "history_store.hpp"
#include "wres/config/load.hpp"
#include "wres/model/snapshot.hpp"

namespace wresd {

using Clock = std::function<std::time_t()>;

struct ReloadReport {
  bool applied = false;         // a valid board is now in use
  std::size_t errors = 0;       // config errors found
  std::size_t changes = 0;      // status changes detected by this evaluation
  std::string storage_error;    // empty when history was written
  std::vector<wres::Diagnostic> warnings;  // suspicious in the source; logged, never on the wall
};

class BoardService {
 public:
  BoardService(std::string config_path, HistoryStore& store, Clock clock);

  ReloadReport reload();         // read the files again
  ReloadReport reevaluate();     // same board, new day: date-derived states
  // Call after (re)opening the store, and periodically while storage fails.
  bool retry_storage();

  // The snapshot to publish now, as JSON text (shared with every client).
  std::shared_ptr<const std::string> snapshot_json() const { return json_; }
  const wres::Snapshot& snapshot() const { return shown_; }
  const std::vector<std::string>& watch_files() const { return watch_files_; }
  const std::vector<std::string>& watch_dirs() const { return watch_dirs_; }
  bool has_board() const { return board_.has_value(); }
  bool config_ok() const { return errors_.empty() && board_.has_value(); }
  const std::string& storage_error() const { return storage_error_; }
  const std::string& config_path() const { return config_path_; }
  std::string last_reload_at() const { return last_reload_at_; }
  std::string last_applied_at() const { return last_applied_at_; }

 private:
  ReloadReport evaluate(const char* cause);
  void commit_pending();
  void sync_from_store();
  void publish();

  std::string config_path_;
  HistoryStore& store_;
  Clock clock_;
  std::optional<wres::Board> board_;
  std::vector<wres::Diagnostic> errors_;
  wres::Snapshot good_;   // last computed from a valid board
  wres::Snapshot shown_;  // good_ plus config status and changes: what the wall gets
  std::shared_ptr<const std::string> json_;
  std::vector<std::string> watch_files_, watch_dirs_;

  // What history knows, and what is waiting to be written to it.
  bool statuses_known_ = false;
  bool baseline_pending_ = false;
  std::vector<wres::StatusEntry> observed_;
  std::optional<RevisionInfo> pending_revision_;
  std::vector<TimedChange> pending_changes_;
  std::optional<std::uint64_t> stored_hash_;
  std::vector<wres::Change> recent_;
  std::string storage_error_;
  std::string last_reload_at_, last_applied_at_;
};

}  // namespace wresd
