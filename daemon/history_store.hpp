#pragma once
// The daemon's memory: every applied config revision, every action status
// change, indicator values per year. SQLite in WAL mode, one transaction per
// commit, so a kill -9 at any moment leaves a consistent database.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "wres/compute/state_changes.hpp"
#include "wres/protocol/messages.hpp"

namespace wresd {

class Database;

inline constexpr int kSchemaVersion = 1;

struct TimedChange {
  wres::StateChange change;
  std::string at;         // local ISO 8601
  std::int64_t at_unix = 0;
  std::string cause;      // "config" (an edit) or "date" (a day passed)
};

struct IndicatorRow {
  int wres_year = 0;
  std::string indicator, source;
  double value = 0;
};

struct RevisionInfo {
  std::uint64_t content_hash = 0;
  std::vector<std::string> files;
  std::string sources;  // may be empty for large boards
};

struct CommitInput {
  std::optional<RevisionInfo> revision;       // a new config revision, if the files changed
  std::vector<TimedChange> changes;           // recorded as history
  std::vector<wres::StatusEntry> upserts;     // action_state rows to set
  std::vector<wres::StatusEntry> deletes;     // action_state rows to remove
  std::vector<IndicatorRow> indicators;       // stored when different from the latest stored
  std::int64_t now_unix = 0;
  std::string now;
};

class HistoryStore {
 public:
  HistoryStore();
  ~HistoryStore();

  // Creates or migrates the schema. On failure the store stays closed and the
  // error is returned; the daemon keeps serving and retries later.
  std::optional<std::string> open(const std::string& path);
  bool is_open() const { return db_ != nullptr; }
  // Why the last open() failed, for the wall and get_health; empty once open.
  const std::string& open_error() const { return open_error_; }
  const std::string& path() const { return path_; }

  std::optional<std::string> commit(const CommitInput& in);
  // Reads return nullopt when the database cannot answer: never "no rows".
  std::optional<std::vector<wres::StatusEntry>> statuses();
  bool has_revisions();
  std::optional<std::uint64_t> last_content_hash();
  std::int64_t revision_count();
  std::optional<std::vector<wres::Change>> recent_changes(std::int64_t since_unix, int limit);
  std::optional<std::vector<wres::protocol::HistoryEntry>> history(const std::string& plan, const std::string& action);
  std::string integrity_check();

 private:
  void migrate();
  std::unique_ptr<Database> db_;
  std::string open_error_;
  std::string path_;
};

}  // namespace wresd
