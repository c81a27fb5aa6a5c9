#pragma once
// The daemon's core, free of sockets and timers: read the board, compute the
// snapshot, record what changed, and keep the last good picture when the
// admins' file is broken or the disk is full.
//
// What the wall shows and what history records are separate steps. A valid
// board reaches the wall at once (unless it looks like a save caught half-way:
// then it is held); it reaches history only through settle(), which the
// daemon calls once the files have been quiet for the settle time. So no
// passing state of the files is ever recorded.
#include <chrono>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "history_store.hpp"
#include "wres/compute/reload_guard.hpp"
#include "wres/config/load.hpp"
#include "wres/model/snapshot.hpp"

namespace wresd {

using Clock = std::function<std::time_t()>;

struct ReloadReport {
  bool applied = false;                    // a valid board is now in use
  std::size_t errors = 0;                  // config errors found
  std::size_t changes = 0;                 // status changes recorded in history by this step
  std::string held;                        // why a board was held back until the files settle
  std::string storage_error;               // empty when history was written
  std::vector<wres::Diagnostic> warnings;  // suspicious in the source; logged, never on the wall
};

enum class ReloadMode {
  prompt,     // a file event: hold a board that looks half-saved
  settled,    // the files have been quiet long enough: apply what is there and record it
  confirmed,  // an admin's SIGHUP: the files as they are, includes that lost their files too
};

// A board read and computed, ready to apply: made by prepare(), which touches
// nothing shared, so the daemon runs it off its event loop (a 100,000-action
// board takes seconds to read) while requests keep being answered.
struct PreparedBoard {
  wres::LoadResult load;
  wres::BoardShape shape;  // of load.board, for the half-saved check
  wres::Snapshot good;     // computed when load.ok()
  std::string good_body;   // its JSON, but for config, changes and storage
  std::time_t at = 0;
  double seconds = 0;  // reading and computing it
};

class BoardService {
 public:
  BoardService(std::string config_path, HistoryStore& store, Clock clock);

  static PreparedBoard prepare(const std::string& config_path, std::time_t now);
  // Takes what it uses from `prepared` and leaves the board it replaces there,
  // so the caller can free it off the event loop.
  ReloadReport apply(PreparedBoard& prepared, ReloadMode mode = ReloadMode::prompt);
  ReloadReport reload(ReloadMode mode = ReloadMode::prompt);  // prepare and apply, here and now
  ReloadReport reevaluate();                                  // same board, new day: date-derived states
  // The files have been quiet for the settle time: record what the wall shows.
  // A held board is read again and applied.
  ReloadReport settle();
  [[nodiscard]] bool unsettled() const { return unsettled_ || held_; }
  // An include lost the files the wall's board had from it (an outage, until they are back).
  [[nodiscard]] bool missing_files() const { return missing_files_; }
  // True when no file of the board was modified within `quiet` of now (by
  // mtime): at start, files untouched that long need not wait to settle.
  [[nodiscard]] bool files_quiet_for(std::chrono::milliseconds quiet) const;
  // Call after (re)opening the store, and periodically while storage fails.
  [[nodiscard]] bool retry_storage();
  // The database file was deleted or replaced under us: reopen it and say so.
  [[nodiscard]] std::optional<std::string> check_store();
  // At shutdown: record what the wall shows, try storage once more, and keep
  // anything still unwritten in the journal. Returns what could not be kept.
  std::vector<std::string> flush_for_shutdown();
  // At start, after opening the store: what history holds, and changes a
  // previous run could not store.
  void restore_journal();

  // The snapshot to publish now, as JSON text (shared with every client).
  std::shared_ptr<const std::string> snapshot_json() const { return json_; }
  // What the wall gets, as a model (a copy: for tests and tools).
  wres::Snapshot snapshot() const;
  const std::vector<wres::Diagnostic>& errors() const { return errors_; }
  const std::optional<wres::Date>& as_of() const { return good_.as_of; }
  [[nodiscard]] bool data_overdue() const { return good_.data_overdue; }
  [[nodiscard]] bool survey_embargoed() const;
  const std::vector<std::string>& watch_files() const { return watch_files_; }
  const std::vector<std::string>& watch_dirs() const { return watch_dirs_; }
  [[nodiscard]] bool has_board() const { return board_.has_value(); }
  // The last good board's [twin] dir: where the accessible twin goes ("" for none).
  std::string twin_dir() const { return board_ ? board_->twin.dir : std::string(); }
  // True when the wall shows data: a valid board now, or the last good one.
  [[nodiscard]] bool has_good_data() const { return board_.has_value() || !restored_at_.empty(); }
  const std::string& restored_at() const { return restored_at_; }
  [[nodiscard]] bool config_ok() const { return errors_.empty() && board_.has_value(); }
  const std::string& storage_error() const { return storage_error_; }
  std::size_t unstored_changes() const { return pending_changes_.size(); }
  const std::string& config_path() const { return config_path_; }
  std::string last_reload_at() const { return last_reload_at_; }
  std::string last_applied_at() const { return last_applied_at_; }

 private:
  static PreparedBoard read_and_compute(const std::string& config_path, std::time_t now);
  ReloadReport load_failed(wres::LoadResult& r, ReloadMode mode);
  ReloadReport lost_files(std::vector<wres::Diagnostic> lost);
  void show_errors(std::vector<wres::Diagnostic> errors);
  void show(PreparedBoard& p);
  void compute(std::time_t now);
  ReloadReport record(wres::ChangeCause cause, std::time_t when);
  void commit_pending();
  void sync_from_store();
  void restore_last_good();
  void publish();
  std::string good_json() const;

  std::string config_path_;
  HistoryStore& store_;
  Clock clock_;
  std::optional<wres::Board> board_;
  std::vector<wres::Diagnostic> errors_;
  wres::Snapshot good_;                      // last computed from a valid board
  std::string good_body_;                    // its JSON body; the wall gets it with config, changes and storage
  std::vector<wres::StatusChange> changes_;  // the changes the wall shows
  std::shared_ptr<const std::string> json_;
  std::vector<std::string> watch_files_, watch_dirs_;
  std::string restored_at_;  // when the last good snapshot served after a restart was saved
  bool restore_tried_ = false;

  // Between the wall and history.
  wres::BoardShape shape_;                      // of the board on the wall
  std::optional<RevisionInfo> shown_revision_;  // its files
  std::vector<std::string> stored_files_;       // the last recorded board's, until one is shown
  bool unsettled_ = false;                      // the wall shows something history has not recorded
  bool held_ = false;                           // a half-saved-looking board waits for settle()
  bool missing_files_ = false;                  // lost_files() is what the wall shows
  std::time_t shown_since_ = 0;                 // when the wall's board first appeared
  std::optional<wres::Date> saved_good_as_of_;  // as_of of the last good snapshot stored

  // What history knows, and what is waiting to be written to it.
  bool statuses_known_ = false;
  bool baseline_pending_ = false;
  std::vector<wres::StatusEntry> observed_;
  std::optional<RevisionInfo> pending_revision_;
  std::optional<std::string> pending_good_json_;
  std::vector<wres::StatusChange> pending_changes_;
  std::optional<std::uint64_t> stored_hash_;
  std::vector<wres::StatusChange> recent_;
  std::string storage_error_;
  std::string last_reload_at_, last_applied_at_;
};

}  // namespace wresd
